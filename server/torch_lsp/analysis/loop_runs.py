"""Loops that provably run their body at least once, and the lists they leave non-empty.

A `for` over an iterable of known positive length, or a `while` whose test is true on entry, runs its body at
least once; in that first pass the statements before the first one that may leave it early (`break`,
`continue`, `return`, `raise`, `yield`, `try`) all run. A list that is non-empty after them, and that nothing
in the loop (nor in what it calls) rebinds or shrinks, is non-empty after the loop: a list of unknown length
named after it, so `torch.tensor(xs)` has rank `1 + rank of an item` rather than possibly `[0]`.

    for t in range(T):                 # runs at least once
        buffer.append((s, a, r))       # before the first exit: buffer is not empty
        if done:
            break

When the loop has no early exit and appends to an empty list exactly once per item of an iterable of known
length, the list has exactly that length: lists filled side by side from one iterable share its size. A
DataLoader whose batch sizes are known runs its loop body once per batch, so at least once when it has one.
When such a loop has no early exit, a variable its first pass turned into a tensor (`total = 0.0`, then
`total += loss` in the body) is a tensor in every later iteration and after the loop.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .interp_api import InterpreterApi
from .item_sizes import joined_items
from .joins import members, same_dim
from .list_growth import items_added_each_pass, names_bound_in
from .overlays.numpy_model import NdArray
from .symbols import Symbols
from .values import Loader, Range, Sequence, SymDim, TensorValue, UserObject, Value

_LEAVES = (ast.Break, ast.Continue, ast.Return, ast.Raise, ast.Yield, ast.YieldFrom, ast.Await, ast.Try)
_SKIPS = (ast.Break, ast.Continue, ast.Yield, ast.YieldFrom, ast.Await)  # what may end an iteration of a loop early


def iteration_count(symbols: Symbols, value: Value) -> Any:
    """How many items iterating `value` yields when that is known to be positive (an int or a symbolic size);
    None otherwise. A tensor's first size counts when it is a positive int or made of named sizes only (an
    unknown `?` may stand for a join with 0)."""
    if isinstance(value, Range) and value.enumerates is not None:
        return iteration_count(symbols, value.enumerates)
    if isinstance(value, Range) and value.zips and value.length is None:
        return _zipped_count(symbols, value.zips)
    if isinstance(value, Range):
        return value.length if isinstance(value.length, int) and value.length > 0 else None
    if isinstance(value, Sequence) and value.kind in ("list", "tuple"):
        if value.items is not None:
            return len(value.items) or None
        return value.length
    probe = value.probe if isinstance(value, (TensorValue, NdArray)) else None
    if probe is None or probe.dim() == 0:
        return None
    size = probe.shape[0]
    if isinstance(size, int):
        return size if size > 0 else None
    return size if "?" not in symbols.render_dim(size) else None


def _zipped_count(symbols: Symbols, iterables: tuple[Value, ...]) -> Any:
    """How many tuples `zip` yields when each iterable's count is known: the least of known ints, or the one size
    they all have; None otherwise, and when one value is given twice (`zip(it, it)` of one iterator takes two
    items a tuple)."""
    counts = [iteration_count(symbols, iterable) for iterable in iterables]
    if len({id(iterable) for iterable in iterables}) < len(iterables) or any(count is None for count in counts):
        return None
    if all(isinstance(count, int) for count in counts):
        return min(counts)
    return counts[0] if all(same_dim(count, counts[0]) for count in counts) else None


def yields_one_at_least(symbols: Symbols, value: Value) -> bool:
    """Whether iterating `value` yields at least one item: a known positive count, or a loader with a batch
    (`enumerate(x)` yields as many items as `x`)."""
    if isinstance(value, Range) and value.enumerates is not None:
        return yields_one_at_least(symbols, value.enumerates)
    if isinstance(value, Loader):
        return bool(value.sizes)
    return iteration_count(symbols, value) is not None


def became_tensors(before: dict[str, Value], after: dict[str, Value]) -> dict[str, Value]:
    """The variables that hold a tensor in `after` but held no tensor (a number, None, nothing) in `before`."""
    return {
        name: value
        for name, value in after.items()
        if isinstance(value, TensorValue) and not isinstance(before.get(name), TensorValue)
    }


def calls_nothing(test: ast.expr) -> bool:
    """Whether a loop test is made of names, constants, `not`, `and`/`or` and comparisons only, so evaluating it
    once more before the loop changes nothing."""
    allowed = (ast.Name, ast.Constant, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.expr_context)
    return all(isinstance(n, (*allowed, ast.unaryop, ast.boolop, ast.cmpop)) for n in ast.walk(test))


def reads_only(test: ast.expr) -> bool:
    """Whether a loop test only reads: names, constants, displays, attributes, items, operators, comparisons,
    `len()` and `isinstance()`, so evaluating it binds and changes nothing (a user class's operator overloads
    aside)."""
    allowed = (
        ast.Name,
        ast.Constant,
        ast.List,
        ast.Set,
        ast.Attribute,
        ast.Subscript,
        ast.Slice,
        ast.Tuple,
        ast.UnaryOp,
        ast.BinOp,
        ast.BoolOp,
        ast.Compare,
        ast.expr_context,
        ast.unaryop,
        ast.operator,
        ast.boolop,
        ast.cmpop,
    )
    for node in ast.walk(test):
        if isinstance(node, ast.Call):
            if not (isinstance(node.func, ast.Name) and node.func.id in ("len", "isinstance") and not node.keywords):
                return False
        elif not isinstance(node, allowed):
            return False
    return True


def skips_items(body: list[ast.stmt]) -> bool:
    """Whether a loop body may `break` out of its loop or `continue` past the rest of an iteration (those of
    loops and functions nested in it do not count)."""
    return _leaves(body, (ast.Break, ast.Continue))


def breaks_out(body: list[ast.stmt]) -> bool:
    """Whether a loop body may `break` out of its loop (the `break` of a loop or function nested in it does not
    count)."""
    return _leaves(body, (ast.Break,))


def _leaves(body: list[ast.stmt], kinds: tuple[type, ...]) -> bool:
    pending: list[ast.AST] = list(body)
    while pending:
        node = pending.pop()
        if isinstance(node, kinds):
            return True
        if not isinstance(node, (ast.For, ast.AsyncFor, ast.While, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            pending.extend(ast.iter_child_nodes(node))
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            pending.extend(node.orelse)  # a loop's else block belongs to the enclosing iteration
    return False


def exit_guards(body: list[ast.stmt]) -> list[ast.expr] | None:
    """The tests of the `if` statements that hold a loop body's `break` and `continue` statements, when each is
    reached through `if` statements only (not inside `try`, `with` or `match`); None otherwise."""
    guards: list[ast.expr] = []

    def visit(block: list[ast.stmt], tests: list[ast.expr]) -> bool:
        for statement in block:
            if isinstance(statement, (ast.Break, ast.Continue)):
                guards.extend(test for test in tests if test not in guards)
            elif isinstance(statement, ast.If):
                inner = [*tests, statement.test]
                if not (visit(statement.body, inner) and visit(statement.orelse, inner)):
                    return False
            elif isinstance(statement, (ast.For, ast.AsyncFor, ast.While)):
                if not visit(statement.orelse, tests):
                    return False
            elif skips_items([statement]):
                return False
        return True

    return guards if visit(body, []) else None


def handed_reads(tests: list[ast.expr], body: list[ast.stmt], targets: set[str]) -> set[str] | None:
    """For tests in a loop body: the names they read that the body hands to a call (a test keeps the value it has
    right after the loop variables are bound when those hold no object a call could change in place); None when a
    test may change within an iteration: it reads a name the body assigns (the loop variables aside) or does more
    than read (`reads_only`)."""
    if not all(map(reads_only, tests)):
        return None
    block = ast.Module(body=body, type_ignores=[])
    assigned = names_bound_in(body) - targets
    calls = [node for node in ast.walk(block) if isinstance(node, ast.Call)]
    handed = {n.id for call in calls for n in ast.walk(call) if isinstance(n, ast.Name) and n is not call.func}
    read = {node.id for test in tests for node in ast.walk(test) if isinstance(node, ast.Name)}
    return None if read & assigned else read & handed


def exit_free_prefix(body: list[ast.stmt]) -> int:
    """The number of leading statements of a loop body that cannot leave the iteration early (nor skip part of a
    block: `with contextlib.suppress(...)` resumes after the block when its body raises)."""
    for index, statement in enumerate(body):
        if any(isinstance(node, _LEAVES) or suppresses(node) for node in ast.walk(statement)):
            return index
    return len(body)


def suppresses(node: ast.AST) -> bool:
    """Whether `node` is a `with` over `contextlib.suppress(...)` (by that name)."""
    if not isinstance(node, (ast.With, ast.AsyncWith)):
        return False
    calls = [item.context_expr.func for item in node.items if isinstance(item.context_expr, ast.Call)]
    names = [f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None for f in calls]
    return "suppress" in names


def is_non_empty_list(value: Value | None) -> bool:
    """Whether `value` is a list known to hold at least one item."""
    if not isinstance(value, Sequence) or value.kind != "list":
        return False
    return bool(value.items) if value.items is not None else value.length is not None


_SHRINKING_METHODS = {"clear", "pop", "popitem", "popleft", "remove", "__delitem__", "__setitem__"}


def may_shrink_lists(definition: ast.AST) -> bool:
    """Whether a function's code can rebind or shrink a list it did not create (`self.items = []`, `del xs[0]`,
    `xs.clear()`, `global` and `nonlocal` names), on any path, taken or not."""
    for node in ast.walk(definition):
        if isinstance(node, (ast.Delete, ast.Global, ast.Nonlocal)):
            return True
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, (ast.AugAssign, ast.AnnAssign))
            else []
        )
        if any(isinstance(part, (ast.Attribute, ast.Subscript)) for target in targets for part in ast.walk(target)):
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SHRINKING_METHODS:
            return True
    return False


@dataclass(eq=False)
class WriteLog:
    """The writes that may shrink a list made while it is active, by a call the engine memoises: repeating the
    call from the memo repeats them. A call that reached code that may shrink a list (`stateful`) is interpreted
    again, not repeated, in a loop that must see every write: what it did may depend on state since changed."""

    writes: list[tuple[object, str]] = field(default_factory=list)
    touched: list[tuple[Any, str]] = field(default_factory=list)  # every write (what a repeat must find unchanged)
    spoiled: bool = False  # a call it saw came from the memo with writes not known
    stateful: bool = False

    def written(self, holder: object, name: str, may_shrink: bool) -> None:
        """Note a write to variable or attribute `name` of `holder` (a scope, a user object or class)."""
        self.touched.append((holder, name))
        if may_shrink:
            self.writes.append((holder, name))

    def spoil(self) -> None:
        """Note writes that cannot be named."""
        self.spoiled = True


@dataclass(eq=False)
class NonEmptyWatch:
    """The lists a loop that runs at least once leaves non-empty: those non-empty after the first pass over the
    exit-free prefix (`snapshot`) that no write during the loop may have shrunk (`written`)."""

    body: list[ast.stmt]
    prefix: int = 0
    found: dict[tuple[int, str], Any] = field(default_factory=dict)  # (id of holder, name) -> scope or object
    shrunk: set[tuple[int, str]] = field(default_factory=set)
    touched: set[tuple[int, str]] = field(default_factory=set)  # every write, by (id of holder, name)
    spoiled: bool = False  # something may have shrunk lists it cannot name

    def __post_init__(self) -> None:
        self.prefix = exit_free_prefix(self.body)

    def written(self, holder: object, name: str, may_shrink: bool) -> None:
        """Note a write to variable or attribute `name` of `holder` (a scope or a user object)."""
        self.touched.add((id(holder), name))
        if may_shrink:
            self.shrunk.add((id(holder), name))

    def spoil(self) -> None:
        """Note that some list may have shrunk (a memoised call whose writes are not known)."""
        self.spoiled = True

    def snapshot(self, scope: Any) -> None:
        """Remember the lists that are non-empty now, in `scope`'s chain and in the user objects it reaches."""
        pending: list[Value] = []
        holder = scope
        while holder is not None:
            for name, value in holder.vars.items():
                if is_non_empty_list(value):
                    self.found[(id(holder), name)] = holder
            pending.extend(holder.vars.values())
            holder = holder.parent
        seen: set[int] = set()
        while pending:
            value = pending.pop()
            if not isinstance(value, UserObject) or id(value) in seen:
                continue
            seen.add(id(value))
            for name, attribute in value.attributes.items():
                if is_non_empty_list(attribute):
                    self.found[(id(value), name)] = value
            pending.extend(value.attributes.values())

    def strengthen(self, interp: InterpreterApi, labels: dict[tuple[int, str], str]) -> None:
        """After the loop: give each list it leaves non-empty a length named after it (`labels` names the lengths
        of the lists each loop fills, so that lists of one name filled by different loops get different sizes)."""
        for (key, name), holder in self.found.items():
            if self.spoiled or (key, name) in self.shrunk:
                continue
            values = holder.attributes if isinstance(holder, UserObject) else holder.vars
            current = values.get(name)
            if not (isinstance(current, Sequence) and current.kind == "list" and current.items is None):
                continue
            size = interp.named_size(length_label(labels, id(self.body[0]), name)) if current.length is None else None
            if isinstance(size, SymDim):
                values[name] = Sequence(None, "list", element=current.element, length=size.value)


def counted_lists(
    body: list[ast.stmt], target: ast.expr, count: Any, scope: Any, count_of: Callable[[ast.expr], Any]
) -> tuple[dict[str, Any], list[ast.expr]]:
    """The lists, of known length before a loop over `count` items, that its body grows by the same number of
    items on every pass (list_growth), each iteration running the whole body or leaving the function (a `return`,
    a `raise`; no `break`, `continue` nor `yield`): name -> their length after the loop (`still_counted` confirms
    it once the loop ran, for the loop's iterable and for each of `nested`, the iterables of the loops nested in
    it that the count takes)."""
    if count is None or any(isinstance(node, _SKIPS) or suppresses(node) for s in body for node in ast.walk(s)):
        return {}, []
    growth = items_added_each_pass(body, target, count_of)
    lengths: dict[str, Any] = {}
    for name, added in growth.added.items():
        before = _known_length(scope.get(name))
        if before is not None:
            lengths[name] = count if before == 0 and added == 1 else before + count * added
    return lengths, growth.nested


def _known_length(value: Value | None) -> Any:
    """The length of a list known to hold a known number of items (an int or a size); None otherwise."""
    if not isinstance(value, Sequence) or value.kind != "list":
        return None
    return len(value.items) if value.items is not None else value.length


def still_counted(watch: NonEmptyWatch | None, iterable: ast.expr, name: str, scope: Any) -> bool:
    """Whether list `name` counted before the loop still holds one item per item iterated: nothing in the loop (a
    closure, a memoised call) shrank it, and nothing changed what the loop iterated over."""
    if watch is None or watch.spoiled or (id(scope.holder(name)), name) in watch.shrunk:
        return False
    touched_names = {touched for _, touched in watch.touched}
    for node in ast.walk(iterable):
        if isinstance(node, ast.Name) and (id(scope.holder(node.id)), node.id) in watch.touched:
            return False
        if isinstance(node, ast.Attribute) and node.attr in touched_names:
            return False
    return True


def with_count(interp: InterpreterApi, value: Value | None, count: Any) -> Value | None:
    """The list `value` (filled by a loop) known to hold exactly `count` items; None when it is no list."""
    if not isinstance(value, Sequence) or value.kind != "list":
        return None
    if value.items is not None and isinstance(count, int) and len(value.items) == count:
        return value
    return Sequence(None, "list", element=joined_items(members(value), interp.symbols), length=count)


def is_empty_list(value: Value | None) -> bool:
    """Whether `value` is a list known to hold no item."""
    return isinstance(value, Sequence) and value.kind == "list" and value.items == ()


def length_label(labels: dict[tuple[int, str], str], site: int, name: str) -> str:
    """The name of the length of list `name` filled by the loop (or proved non-empty by the test) `site` (the id of
    a node): `name`, or `name_2`, ... when a loop or test elsewhere already named a size after it."""
    if (site, name) not in labels:
        taken = set(labels.values())
        label, suffix = name, 2
        while label in taken:
            label, suffix = f"{name}_{suffix}", suffix + 1
        labels[(site, name)] = label
    return labels[(site, name)]
