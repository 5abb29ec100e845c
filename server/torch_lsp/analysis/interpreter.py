"""Abstract interpretation of a Python module: every tensor's shape, without running the user's code.

The interpreter walks the syntax tree. Python constants are folded (with size bounds), user
functions and classes are interpreted with abstract arguments, and only allow-listed torch
callables run, on probe tensors the engine made itself (see `torch_model` and `probes`).
"""

from __future__ import annotations

import ast
import hashlib
import operator
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..torch_names import resolve_object as resolve_torch
from . import stdlib
from .annotations import shape_from_annotation, shapes_from_comments
from .batches import appended_each_iteration, per_batch_items
from .fixes import Fix, suggest
from .joins import join, join_all
from .literals import scalar_contents
from .module_dtypes import CONVERSIONS, conversion_dtype, converted
from .module_tensors import TENSOR_LISTS, module_tensors
from .probes import OpError, OpRunner
from .stdlib import Builtin
from .symbols import Symbols, SymbolsDeferred
from .torch_model import TorchCalls, node_line
from .values import (
    UNKNOWN,
    BoundMethod,
    Const,
    Container,
    Dataset,
    Function,
    Instance,
    Loader,
    Range,
    Scalar,
    Sequence,
    SymDim,
    TensorValue,
    TorchModule,
    TorchRef,
    UserClass,
    UserObject,
    copy_user_objects,
    forget_contents,
    literals_in,
    tensors_in,
)

MAX_CALL_DEPTH = 8
_MUTATORS = frozenset(
    {"append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "add_module", "__setitem__", "update"}
)
MAX_UNROLL = 16
MAX_CONST_ITEMS = 4096
_BIN_OPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
    ast.MatMult: operator.matmul,
    ast.BitAnd: operator.and_,
    ast.BitOr: operator.or_,
    ast.BitXor: operator.xor,
    ast.LShift: operator.lshift,
    ast.RShift: operator.rshift,
}
_COMPARE_OPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}
_UNARY_OPS: dict[type, Callable[[Any], Any]] = {
    ast.USub: operator.neg,
    ast.UAdd: operator.pos,
    ast.Invert: operator.invert,
    ast.Not: operator.not_,
}


class BudgetExceeded(Exception):
    """The analysis ran out of time or was cancelled by a newer edit."""


@dataclass
class Binding:
    """A name bound to a value at a place in the source (a hint site when `hint` is set)."""

    name: str
    line: int
    column: int
    value: Any
    scope: tuple[int, int]
    hint: bool = True


@dataclass
class Issue:
    """A torch call that fails on the inferred shapes."""

    line: int
    column: int
    end_line: int
    end_column: int
    op: str
    error: OpError
    concrete: bool
    shapes: list[str] = field(default_factory=list)
    related: list[tuple[int, str]] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)


class Scope:
    """Variables of a module, function or class body."""

    def __init__(self, parent: Scope | None, span: tuple[int, int]) -> None:
        self.vars: dict[str, Any] = {}
        self.parent = parent
        self.span = span

    def get(self, name: str) -> Any:
        """The value of `name` here or in an enclosing scope."""
        scope: Scope | None = self
        while scope is not None:
            if name in scope.vars:
                return scope.vars[name]
            scope = scope.parent
        return None


@dataclass
class Checkpoint:
    """The interpreter's state just before a notebook cell, valid while the text before it is unchanged."""

    line: int
    prefix_hash: str
    scope: dict[str, Any]
    bindings: dict
    issues: dict
    functions: list
    called: set
    memo: dict
    escaped: dict
    saved: dict
    earlier: list[Checkpoint] = field(default_factory=list)

    def matches(self, lines: list[str]) -> bool:
        """Whether `lines` have the same text before this checkpoint's cell."""
        return self.line <= len(lines) and _prefix_hash(lines, self.line) == self.prefix_hash


def _is_empty_list(value: Any) -> bool:
    return isinstance(value, Sequence) and value.kind == "list" and value.items == ()


def _prefix_hash(lines: list[str], line: int) -> str:
    return hashlib.blake2b("\n".join(lines[:line]).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _clone_vars(variables: dict[str, Any], clones: dict[int, Any]) -> dict[str, Any]:
    """Variables whose user objects are copied, so later cells cannot alter a checkpoint."""
    return {name: copy_user_objects(value, clones) for name, value in variables.items()}


class _Frame:
    def __init__(self) -> None:
        self.returns: list[Any] = []


class Interpreter:
    """Interprets one parsed unit; results are `bindings` (hint sites, hover values) and `issues`."""

    def __init__(
        self,
        tree: ast.Module,
        lines: list[str],
        runner: OpRunner,
        torch: Any,
        deadline: float,
        cancelled: Callable[[], bool],
    ) -> None:
        self.tree = tree
        self.lines = lines
        self.runner = runner
        self.symbols: Symbols = runner.symbols
        self.torch = torch
        self.deadline = deadline
        self.cancelled = cancelled
        self.bindings: dict[tuple[int, int, str], Binding] = {}
        self.issues: dict[tuple[int, int], Issue] = {}
        self.calls = TorchCalls(self)
        self._functions: list[Function] = []
        self._called: set[int] = set()
        self._memo: dict[tuple, tuple[Any, bool]] = {}  # call -> (result, whether it changed argument contents)
        self._prototypes: dict[int, UserObject] = {}
        self._in_progress: set[tuple] = set()
        self._frames: list[_Frame] = []
        self._loop_depth = 0
        self._escaped: dict[int, int] = {}  # function node id -> calls that hand it to code not interpreted
        self.saved: dict[str, Any] = {}  # what torch.save wrote, by destination (see saved_files)
        self._speculative = False
        self.completed = False
        self.checkpoints: list[Checkpoint] = []

    # -- driver -------------------------------------------------------------------------------
    def run(self, cell_lines: Sequence[int] = (), resume: Checkpoint | None = None) -> None:
        """Interpret the module (from a checkpoint, if given), then the functions no call site reached.

        `cell_lines` are the first lines of notebook cells: the state before each is checkpointed, so an
        edit to one cell re-interprets that cell and the ones after it only.
        """
        module = Scope(None, (0, len(self.lines)))
        module.vars["__name__"] = Const("__main__")
        body = self.tree.body
        if resume is not None:
            self._restore(resume, module)
            body = [statement for statement in body if statement.lineno - 1 >= resume.line]
        boundaries = sorted(line for line in cell_lines if resume is None or line > resume.line)
        try:
            for statement in body:
                while boundaries and statement.lineno - 1 >= boundaries[0]:
                    self.checkpoints.append(self._checkpoint(boundaries.pop(0), module))
                self._tick()
                if not self.exec_statement(statement, module):
                    break
            self._speculative = True
            for function in list(self._functions):
                if id(function.node) not in self._called and not self._escaped.get(id(function.node)):
                    self._interpret_uncalled(function)
            self.completed = True
        except (BudgetExceeded, RecursionError):
            pass
        self._forget_escaped()

    def model_every_call(self, function: Function) -> None:
        """`function` was handed to torch (a DataLoader's collate_fn) but the engine interpreted every call
        torch will make to it: what was inferred inside it stands."""
        self._escaped[id(function.node)] -= 1

    def _forget_escaped(self) -> None:
        """Drop what was inferred inside functions handed to code the engine does not interpret (a
        DataLoader's collate_fn, a callback): that code may call them with other values."""
        spans = [(f.node.lineno - 1, f.node.end_lineno - 1) for f in self._functions if self._escaped.get(id(f.node))]
        if spans:
            self.bindings = {
                key: b for key, b in self.bindings.items() if not any(start <= b.line <= end for start, end in spans)
            }

    def _checkpoint(self, line: int, module: Scope) -> Checkpoint:
        clones: dict[int, Any] = {}
        return Checkpoint(
            line,
            _prefix_hash(self.lines, line),
            _clone_vars(module.vars, clones),
            dict(self.bindings),
            dict(self.issues),
            list(self._functions),
            set(self._called),
            dict(self._memo),
            dict(self._escaped),
            _clone_vars(self.saved, clones),
        )

    def _restore(self, checkpoint: Checkpoint, module: Scope) -> None:
        clones: dict[int, Any] = {}
        module.vars = _clone_vars(checkpoint.scope, clones)
        self.bindings = dict(checkpoint.bindings)
        self.issues = dict(checkpoint.issues)
        self._functions = list(checkpoint.functions)
        self._called = set(checkpoint.called)
        self._memo = dict(checkpoint.memo)
        self._escaped = dict(checkpoint.escaped)
        self.saved = _clone_vars(checkpoint.saved, clones)
        self.checkpoints = [c for c in checkpoint.earlier if c.line < checkpoint.line] + [checkpoint]

    def _tick(self) -> None:
        if time.perf_counter() > self.deadline + self.symbols.setup_seconds or self.cancelled():
            raise BudgetExceeded

    # -- recording ----------------------------------------------------------------------------
    def _column(self, line: int, byte_col: int) -> int:
        text = self.lines[line] if 0 <= line < len(self.lines) else ""
        return len(text.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore"))

    def record(self, node: ast.expr, name: str, value: Any, scope: Scope, hint: bool = True) -> None:
        """Remember that `name` (ending at `node`'s end) holds `value`; join with earlier visits."""
        line = node.end_lineno - 1
        column = self._column(line, node.end_col_offset)
        key = (line, column, name)
        existing = self.bindings.get(key)
        if existing is not None:
            if self._speculative:
                return
            value = join(existing.value, value, self.symbols)
        self.bindings[key] = Binding(name, line, column, value, scope.span, hint)

    def span(self, node: ast.AST) -> tuple[int, int, int, int]:
        """(line, column, end line, end column) of a node, in characters."""
        line, end_line = node.lineno - 1, node.end_lineno - 1
        return line, self._column(line, node.col_offset), end_line, self._column(end_line, node.end_col_offset)

    def report(
        self,
        node: ast.AST,
        op: str,
        error: OpError,
        args: list[Any],
        related: list[tuple[int, str]] = (),
        module: TorchModule | None = None,
    ) -> None:
        """Record a failing torch call at `node`; `related` names the lines its operands came from."""
        line = node_line(node) or 0
        key = (line, getattr(node, "col_offset", 0))
        tensors = tensors_in(args)
        weights = list(module.module.parameters()) if module is not None else []
        concrete = all(all(isinstance(d, int) for d in a.shape) for a in [*tensors, *weights])
        sources = [*related, *((a.defined_at, " → ".join(a.origin[-2:])) for a in tensors)]
        seen: dict[int, str] = {}
        for source_line, label in sources:
            if source_line is not None and source_line != line and source_line not in seen:
                seen[source_line] = label
        end_line = (getattr(node, "end_lineno", None) or line + 1) - 1
        self.issues[key] = Issue(
            line,
            self._column(line, getattr(node, "col_offset", 0)),
            end_line,
            self._column(end_line, getattr(node, "end_col_offset", 0) or 0),
            op,
            error,
            concrete,
            [self.symbols.render_shape(a.shape) for a in tensors],
            sorted(seen.items()),
            suggest(node, error.message, args, module, self.span),
        )

    # -- statements ---------------------------------------------------------------------------
    def exec_block(self, body: list[ast.stmt], scope: Scope) -> bool:
        """Interpret statements in order; False once a `return` ended the block."""
        for statement in body:
            self._tick()
            if not self.exec_statement(statement, scope):
                return False
        return True

    def exec_statement(self, node: ast.stmt, scope: Scope) -> bool:
        """Interpret one statement; False when it is a `return`. A statement the engine cannot model is
        skipped, never allowed to stop the analysis."""
        handler = getattr(self, f"_stmt_{type(node).__name__}", None)
        if handler is None:
            return True
        try:
            return handler(node, scope) is not False
        except BudgetExceeded:
            raise
        except Exception:
            return True

    def _stmt_Expr(self, node: ast.Expr, scope: Scope) -> None:
        self.eval(node.value, scope)

    def _stmt_Assign(self, node: ast.Assign, scope: Scope) -> None:
        value = self.eval(node.value, scope)
        for target in node.targets:
            self.bind(target, value, scope)

    def _stmt_AnnAssign(self, node: ast.AnnAssign, scope: Scope) -> None:
        if node.value is not None:
            self.bind(node.target, self.eval(node.value, scope), scope)
        else:
            annotated = self._annotated_tensor(node.annotation, None)
            if annotated is not None:
                self.bind(node.target, annotated, scope)

    def _stmt_AugAssign(self, node: ast.AugAssign, scope: Scope) -> None:
        current = self.eval(_as_load(node.target), scope)
        forget_contents([current])  # `x += 1` changes a tensor in place
        value = self.binary(type(node.op), current, self.eval(node.value, scope), node)
        self.bind(node.target, value, scope)

    def _stmt_Return(self, node: ast.Return, scope: Scope) -> bool:
        value = self.eval(node.value, scope) if node.value is not None else Const(None)
        if self._frames:
            self._frames[-1].returns.append(value)
        return False

    def _stmt_If(self, node: ast.If, scope: Scope) -> bool:
        test = self.eval(node.test, scope)
        if isinstance(test, Const):
            try:
                return self.exec_block(node.body if test.value else node.orelse, scope)
            except Exception as error:
                if isinstance(error, BudgetExceeded):
                    raise
        before = dict(scope.vars)
        body_continues = self.exec_block(node.body, scope)
        after_body = scope.vars
        scope.vars = dict(before)
        else_continues = self.exec_block(node.orelse, scope)
        if not body_continues:
            return else_continues
        if not else_continues:
            scope.vars = after_body
            return True
        scope.vars = self._join_vars(after_body, scope.vars)
        return True

    def _join_vars(self, a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
        merged = dict(a)
        for name, value in b.items():
            merged[name] = join(a[name], value, self.symbols) if name in a else value
        return merged

    def _stmt_For(self, node: ast.For, scope: Scope) -> None:
        iterable = self.eval(node.iter, scope)
        items = self.iteration_items(iterable)
        if items is not None and len(items) <= MAX_UNROLL:
            for item in items:
                self.bind(node.target, item, scope)
                self.exec_block(node.body, scope)
        else:
            element = self.iteration_element(iterable)
            lists = appended_each_iteration(node.body) if isinstance(iterable, Loader) else []
            empty = {name for name in lists if _is_empty_list(scope.get(name))}
            self._loop(lambda: self.bind(node.target, element, scope), node.body, scope)
            for name in empty:
                self._fill_per_batch(name, iterable, scope)
        self.exec_block(node.orelse, scope)

    def _fill_per_batch(self, name: str, loader: Loader, scope: Scope) -> None:
        """After a loop over `loader` that appended to list `name` once per batch: its items, batch by batch."""
        filled = scope.get(name)
        if not isinstance(filled, Sequence):
            return
        element = filled.items[-1] if filled.items else filled.element
        items = per_batch_items(element, loader, self.calls.empty)
        if items is not None:
            self._rebind(ast.Name(name, ast.Load()), items, scope)

    _stmt_AsyncFor = _stmt_For

    def _stmt_While(self, node: ast.While, scope: Scope) -> None:
        self._loop(lambda: self.eval(node.test, scope), node.body, scope)
        self.exec_block(node.orelse, scope)

    def _loop(self, start: Callable[[], Any], body: list[ast.stmt], scope: Scope) -> None:
        """A bounded fix-point: two passes, the second from the join of before and after the first."""
        before = dict(scope.vars)
        passes = 2 if self._loop_depth < 2 else 1
        self._loop_depth += 1
        try:
            for _ in range(passes):
                start()
                self.exec_block(body, scope)
                scope.vars = self._join_vars(before, scope.vars) if passes > 1 else scope.vars
        finally:
            self._loop_depth -= 1

    def _stmt_With(self, node: ast.With, scope: Scope) -> bool:
        for item in node.items:
            value = self.eval(item.context_expr, scope)
            if item.optional_vars is not None:
                entered = value if isinstance(value, (TensorValue, TorchModule, UserObject)) else UNKNOWN
                self.bind(item.optional_vars, entered, scope)
        return self.exec_block(node.body, scope)

    _stmt_AsyncWith = _stmt_With

    def _stmt_Try(self, node: ast.Try, scope: Scope) -> None:
        self.exec_block(node.body, scope)
        for handler in node.handlers:
            if handler.name:
                scope.vars[handler.name] = UNKNOWN
            self.exec_block(handler.body, scope)
        self.exec_block(node.orelse, scope)
        self.exec_block(node.finalbody, scope)

    _stmt_TryStar = _stmt_Try

    def _stmt_FunctionDef(self, node: ast.FunctionDef, scope: Scope) -> None:
        function = Function(node, scope)
        scope.vars[node.name] = function
        self._functions.append(function)

    _stmt_AsyncFunctionDef = _stmt_FunctionDef

    def _stmt_ClassDef(self, node: ast.ClassDef, scope: Scope) -> None:
        bases = tuple(self.eval(base, scope) for base in node.bases)
        body = Scope(scope, scope.span)
        for statement in node.body:
            if isinstance(statement, (ast.Assign, ast.AnnAssign)):
                self.exec_statement(statement, body)
        methods = {s.name: s for s in node.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))}
        cls = UserClass(node, scope, bases, dict(methods), dict(body.vars))
        scope.vars[node.name] = cls
        for method in methods.values():
            self._functions.append(Function(method, scope, owner=cls))

    def _stmt_Import(self, node: ast.Import, scope: Scope) -> None:
        for alias in node.names:
            if alias.asname:
                scope.vars[alias.asname] = self._torch_ref(alias.name)
            else:
                head = alias.name.split(".")[0]
                scope.vars[head] = self._torch_ref(head)

    def _stmt_ImportFrom(self, node: ast.ImportFrom, scope: Scope) -> None:
        for alias in node.names:
            if node.module and node.level == 0 and alias.name != "*":
                scope.vars[alias.asname or alias.name] = self._torch_ref(f"{node.module}.{alias.name}")

    def _torch_ref(self, qualname: str) -> Any:
        module = stdlib.resolve(qualname)
        if module is not None:
            return module
        if qualname != "torch" and not qualname.startswith("torch."):
            return UNKNOWN
        obj = resolve_torch(self.torch, qualname)
        return TorchRef(qualname, obj) if obj is not None else UNKNOWN

    # -- binding ------------------------------------------------------------------------------
    def bind(self, target: ast.expr, value: Any, scope: Scope, hint: bool = True) -> None:
        """Assign `value` to an assignment target, recording hint sites."""
        if isinstance(target, ast.Name):
            scope.vars[target.id] = value
            self.record(target, target.id, value, scope, hint)
        elif isinstance(target, (ast.Tuple, ast.List)):
            self._unpack(target, value, scope)
        elif isinstance(target, ast.Attribute):
            owner = self.eval(target.value, scope)
            if isinstance(owner, UserObject):
                owner.attributes[target.attr] = value
            self.record(target, ast.unparse(target), value, scope, hint)
        elif isinstance(target, ast.Starred):
            self.bind(target.value, Sequence(None, "list", element=UNKNOWN), scope)
        elif isinstance(target, ast.Subscript):
            forget_contents([self.eval(target.value, scope)])

    def _unpack(self, target: ast.Tuple | ast.List, value: Any, scope: Scope) -> None:
        elements = target.elts
        starred = [i for i, e in enumerate(elements) if isinstance(e, ast.Starred)]
        items = self.iteration_items(value)
        if items is not None and not starred and len(items) == len(elements):
            for element, item in zip(elements, items):
                self.bind(element, item, scope)
            return
        if items is not None and len(starred) == 1 and len(items) >= len(elements) - 1:
            star = starred[0]
            after = len(elements) - star - 1
            rest = items[star : len(items) - after]
            for element, item in zip(elements[:star], items[:star]):
                self.bind(element, item, scope)
            self.bind(elements[star].value, Sequence(tuple(rest), "list"), scope)
            for element, item in zip(elements[star + 1 :], items[len(items) - after :]):
                self.bind(element, item, scope)
            return
        single = self.iteration_element(value) if items is None else UNKNOWN
        for element in elements:
            self.bind(element, single, scope)

    # -- iteration ----------------------------------------------------------------------------
    def iteration_items(self, value: Any) -> list[Any] | None:
        """The exact items iteration yields, when they are known."""
        if isinstance(value, Sequence) and value.items is not None:
            return list(value.items)
        if isinstance(value, Container):
            return list(value.items)
        if (
            isinstance(value, TensorValue)
            and value.probe.dim() > 0
            and isinstance(value.shape[0], int)
            and value.shape[0] <= MAX_UNROLL
        ):
            element = self.calls.run(
                "torch.Tensor.__getitem__", type(value.probe).__getitem__, [value, Const(0)], {}, self.tree
            )
            return [element] * value.shape[0]
        return None

    def iteration_element(self, value: Any) -> Any:
        """What one step of iterating `value` yields (joined over all steps)."""
        if isinstance(value, Loader):
            return value.batch
        if isinstance(value, (Range,)):
            return value.element
        if isinstance(value, Dataset):
            return value.sample
        if isinstance(value, Sequence):
            return value.element if value.items is None else join_all(list(value.items), self.symbols)
        if isinstance(value, TensorValue) and value.probe.dim() > 0:
            return self.calls.run(
                "torch.Tensor.__getitem__", type(value.probe).__getitem__, [value, Const(0)], {}, self.tree
            )
        if isinstance(value, UserObject) and "__getitem__" in value.cls.methods:
            return self.dataset_sample(value)
        return UNKNOWN

    def dataset_sample(self, dataset: Any) -> Any:
        """The value one sample of a dataset has."""
        if isinstance(dataset, Dataset):
            return dataset.sample
        if isinstance(dataset, UserObject):
            method = self._find_method(dataset.cls, "__getitem__")
            if method is not None:
                return self.call_function(
                    Function(method, dataset.cls.scope, dataset.cls), [dataset, Const(0)], {}, method
                )
        return UNKNOWN

    # -- expressions --------------------------------------------------------------------------
    def eval(self, node: ast.expr | None, scope: Scope) -> Any:
        """The abstract value of an expression."""
        if node is None:
            return Const(None)
        handler = getattr(self, f"_expr_{type(node).__name__}", None)
        if handler is None:
            return UNKNOWN
        try:
            return handler(node, scope)
        except (BudgetExceeded, RecursionError):
            raise
        except Exception:
            return UNKNOWN

    def _expr_Constant(self, node: ast.Constant, scope: Scope) -> Any:
        return Const(node.value)

    def _expr_Name(self, node: ast.Name, scope: Scope) -> Any:
        value = scope.get(node.id)
        if value is not None:
            return value
        return _BUILTINS.get(node.id, UNKNOWN)

    def _expr_Attribute(self, node: ast.Attribute, scope: Scope) -> Any:
        owner = self.eval(node.value, scope)
        return self.attribute(owner, node.attr, node)

    def attribute(self, owner: Any, name: str, node: ast.AST) -> Any:
        """`owner.name` for an abstract owner."""
        member = stdlib.member(owner, name)
        if member is not None:
            return member
        if isinstance(owner, TorchRef):
            qualname = f"{owner.qualname}.{name}"
            obj = resolve_torch(self.torch, qualname)
            return TorchRef(qualname, obj) if obj is not None else UNKNOWN
        if isinstance(owner, TensorValue):
            return self.calls.tensor_attribute(owner, name, node)
        if isinstance(owner, TorchModule):
            return self.calls.module_attribute(owner, name)
        if isinstance(owner, UserObject):
            if name in owner.attributes:
                return owner.attributes[name]
            if self._find_method(owner.cls, name) is not None:
                return BoundMethod(owner, name)
            attr = owner.cls.attributes.get(name)
            return (
                attr
                if attr is not None
                else (BoundMethod(owner, name) if self._is_module_class(owner.cls) else UNKNOWN)
            )
        if isinstance(owner, (Sequence, Container, Loader, Dataset, Instance)):
            if isinstance(owner, Sequence) and name in owner.fields:
                return owner.items[owner.fields.index(name)]
            return BoundMethod(owner, name)
        return UNKNOWN

    def _expr_Dict(self, node: ast.Dict, scope: Scope) -> Any:
        keys = [self.eval(k, scope) if k is not None else UNKNOWN for k in node.keys]
        if not all(isinstance(k, Const) and isinstance(k.value, str) for k in keys):
            return UNKNOWN
        return Sequence(tuple(self.eval(v, scope) for v in node.values), "dict", fields=tuple(k.value for k in keys))

    def _expr_Tuple(self, node: ast.Tuple, scope: Scope) -> Any:
        return self._sequence(node.elts, scope, "tuple")

    def _expr_List(self, node: ast.List, scope: Scope) -> Any:
        return self._sequence(node.elts, scope, "list")

    def _sequence(self, elements: list[ast.expr], scope: Scope, kind: str) -> Any:
        items: list[Any] = []
        for element in elements:
            if isinstance(element, ast.Starred):
                inner = self.iteration_items(self.eval(element.value, scope))
                if inner is None:
                    return Sequence(None, kind, element=UNKNOWN)
                items.extend(inner)
            else:
                items.append(self.eval(element, scope))
        if len(items) > MAX_CONST_ITEMS:
            return Sequence(None, kind, element=UNKNOWN)
        return Sequence(tuple(items), kind)

    def _comprehension(self, node: ast.ListComp | ast.GeneratorExp, scope: Scope, kind: str) -> Any:
        inner = Scope(scope, scope.span)
        count: int | None = 1
        for generator in node.generators:
            iterable = self.eval(generator.iter, inner)
            items = self.iteration_items(iterable)
            if len(node.generators) == 1 and not generator.ifs and items is not None and len(items) <= MAX_UNROLL:
                values = []
                for item in items:
                    self.bind(generator.target, item, inner)
                    values.append(self.eval(node.elt, inner))
                return Sequence(tuple(values), kind)
            length = len(items) if items is not None else (iterable.length if isinstance(iterable, Range) else None)
            self.bind(generator.target, self.iteration_element(iterable), inner)
            if len(node.generators) == 1 and not generator.ifs and isinstance(iterable, Loader):
                per_batch = per_batch_items(self.eval(node.elt, inner), iterable, self.calls.empty)
                if per_batch is not None:
                    return Sequence(per_batch.items, kind)
            count = count * length if count is not None and length is not None and not generator.ifs else None
        value = self.eval(node.elt, inner)
        if count is not None and count <= MAX_CONST_ITEMS:
            return Sequence((value,) * count, kind)
        return Sequence(None, kind, element=value)

    def _expr_ListComp(self, node: ast.ListComp, scope: Scope) -> Any:
        return self._comprehension(node, scope, "list")

    def _expr_GeneratorExp(self, node: ast.GeneratorExp, scope: Scope) -> Any:
        return self._comprehension(node, scope, "list")

    def _expr_NamedExpr(self, node: ast.NamedExpr, scope: Scope) -> Any:
        value = self.eval(node.value, scope)
        self.bind(node.target, value, scope)
        return value

    def _expr_IfExp(self, node: ast.IfExp, scope: Scope) -> Any:
        test = self.eval(node.test, scope)
        if isinstance(test, Const):
            return self.eval(node.body if test.value else node.orelse, scope)
        return join(self.eval(node.body, scope), self.eval(node.orelse, scope), self.symbols)

    def _expr_Slice(self, node: ast.Slice, scope: Scope) -> Any:
        parts = [self.eval(p, scope) if p is not None else Const(None) for p in (node.lower, node.upper, node.step)]
        if all(isinstance(p, (Const, SymDim)) for p in parts):
            return Const(slice(*(p.value for p in parts)))
        return UNKNOWN

    def _expr_Subscript(self, node: ast.Subscript, scope: Scope) -> Any:
        owner = self.eval(node.value, scope)
        index = self.eval(node.slice, scope)
        if isinstance(owner, TensorValue):
            return self.calls.run(
                "torch.Tensor.__getitem__", type(owner.probe).__getitem__, [owner, index], {}, node, device=owner.device
            )
        if isinstance(owner, (Sequence, Container)) and isinstance(index, Const) and isinstance(index.value, str):
            keys = owner.fields if isinstance(owner, Sequence) else owner.names
            return owner.items[keys.index(index.value)] if index.value in keys else UNKNOWN
        if isinstance(owner, Container) and isinstance(index, Const) and isinstance(index.value, slice):
            return Container(owner.qualname, owner.items[index.value])
        if isinstance(owner, Sequence) and isinstance(index, Const):
            if isinstance(index.value, int) and not isinstance(index.value, bool):
                return owner.get(index.value)
            if isinstance(index.value, slice) and owner.items is not None:
                return Sequence(owner.items[index.value], owner.kind)
        if isinstance(owner, Container) and isinstance(index, Const) and isinstance(index.value, int):
            try:
                return owner.items[index.value]
            except IndexError:
                return UNKNOWN
        if isinstance(owner, Dataset):
            return owner.sample
        if isinstance(owner, UserObject) and self._find_method(owner.cls, "__getitem__") is not None:
            return self.dataset_sample(owner)
        return UNKNOWN

    def _expr_BinOp(self, node: ast.BinOp, scope: Scope) -> Any:
        return self.binary(type(node.op), self.eval(node.left, scope), self.eval(node.right, scope), node)

    def binary(self, op: type, left: Any, right: Any, node: ast.AST) -> Any:
        """Apply a binary operator to abstract operands."""
        function = _BIN_OPS.get(op)
        if function is None:
            return UNKNOWN
        if isinstance(left, TensorValue) or isinstance(right, TensorValue):
            return self.calls.run(f"operator.{function.__name__}", function, [left, right], {}, node)
        if isinstance(left, (Const, SymDim)) and isinstance(right, (Const, SymDim)):
            return _fold(function, left.value, right.value)
        if isinstance(left, (Const, SymDim, Scalar)) and isinstance(right, (Const, SymDim, Scalar)):
            return _scalar_result(left, right)
        if (
            isinstance(left, Sequence)
            and isinstance(right, Sequence)
            and op is ast.Add
            and left.items is not None
            and right.items is not None
            and len(left.items) + len(right.items) <= MAX_CONST_ITEMS
        ):
            return Sequence(left.items + right.items, left.kind)
        if isinstance(left, Dataset) and isinstance(right, Dataset) and op is ast.Add:
            return Dataset(join(left.sample, right.sample, self.symbols), None, "torch.utils.data.ConcatDataset")
        return UNKNOWN

    def _expr_UnaryOp(self, node: ast.UnaryOp, scope: Scope) -> Any:
        operand = self.eval(node.operand, scope)
        function = _UNARY_OPS[type(node.op)]
        if isinstance(operand, TensorValue) and not isinstance(node.op, ast.Not):
            return self.calls.run(f"operator.{function.__name__}", function, [operand], {}, node)
        if isinstance(operand, Const):
            return _fold(lambda a, _: function(a), operand.value, None)
        if isinstance(operand, Scalar) and not isinstance(node.op, (ast.Not, ast.Invert)):
            return operand
        return UNKNOWN

    def _expr_Compare(self, node: ast.Compare, scope: Scope) -> Any:
        left = self.eval(node.left, scope)
        comparators = [self.eval(c, scope) for c in node.comparators]
        if len(node.ops) == 1 and isinstance(node.ops[0], (ast.Is, ast.IsNot)):
            return _identity_test(left, comparators[0], isinstance(node.ops[0], ast.Is))
        if len(node.ops) != 1 or type(node.ops[0]) not in _COMPARE_OPS:
            return UNKNOWN
        right = comparators[0]
        function = _COMPARE_OPS[type(node.ops[0])]
        if isinstance(left, TensorValue) or isinstance(right, TensorValue):
            return self.calls.run(f"operator.{function.__name__}", function, [left, right], {}, node)
        if isinstance(left, Const) and isinstance(right, Const):
            return _fold(function, left.value, right.value)
        return UNKNOWN

    def _expr_BoolOp(self, node: ast.BoolOp, scope: Scope) -> Any:
        values = [self.eval(v, scope) for v in node.values]
        if all(isinstance(v, Const) for v in values):
            result = values[0].value
            for value in values[1:]:
                result = (result and value.value) if isinstance(node.op, ast.And) else (result or value.value)
            return Const(result)
        return UNKNOWN

    def _expr_Lambda(self, node: ast.Lambda, scope: Scope) -> Any:
        return Function(node, scope)

    def _expr_Call(self, node: ast.Call, scope: Scope) -> Any:
        callee = self.eval(node.func, scope)
        args: list[Any] = []
        for argument in node.args:
            if isinstance(argument, ast.Starred):
                inner = self.iteration_items(self.eval(argument.value, scope))
                if inner is None:
                    return UNKNOWN
                args.extend(inner)
            else:
                args.append(self.eval(argument, scope))
        kwargs: dict[str, Any] = {}
        for keyword in node.keywords:
            if keyword.arg is None:
                return UNKNOWN
            kwargs[keyword.arg] = self.eval(keyword.value, scope)
        if not self._interprets(callee):
            for value in [*args, *kwargs.values()]:
                if isinstance(value, Function):
                    self._escaped[id(value.node)] = self._escaped.get(id(value.node), 0) + 1
        if (
            isinstance(callee, BoundMethod)
            and callee.name in CONVERSIONS
            and isinstance(callee.receiver, (TorchModule, Container, UserObject))
        ):
            model = self._convert(callee, args, kwargs, node.func, scope)
            if model is not None:
                return model
        if (
            isinstance(callee, BoundMethod)
            and isinstance(node.func, ast.Attribute)
            and isinstance(callee.receiver, (Sequence, Container, UserObject))
        ):
            mutated = self._mutate(callee, args, node.func.value, scope)
            if mutated is not None:
                return mutated
        return self.call(callee, args, kwargs, node)

    def _convert(
        self, method: BoundMethod, args: list[Any], kwargs: dict[str, Any], func: ast.expr, scope: Scope
    ) -> Any:
        """`model.half()`, `model.to(torch.float64)`: the converted model, also rebound to the name the call
        was made on (torch converts in place); None when the call converts no dtype or is the user's own."""
        model = method.receiver
        if isinstance(model, UserObject) and self._find_method(model.cls, method.name) is not None:
            return None
        dtype = conversion_dtype(self.torch, method.name, args, kwargs)
        if dtype is None:
            return None
        result = converted(model, dtype)
        if isinstance(func, ast.Attribute):
            self._rebind(func.value, result, scope)
        return result

    def _mutate(self, method: BoundMethod, args: list[Any], receiver: ast.expr, scope: Scope) -> Any:
        """Model in-place container methods (`xs.append(t)`, `seq.add_module(...)`, `register_buffer`) by
        rebinding the receiver to its new value; None when `method` does not mutate."""
        owner, name = method.receiver, method.name
        if isinstance(owner, UserObject):
            if (
                name in ("register_buffer", "register_parameter", "add_module")
                and len(args) >= 2
                and isinstance(args[0], Const)
                and isinstance(args[0].value, str)
            ):
                owner.attributes[args[0].value] = args[1]
                return Const(None)
            return None
        if name not in _MUTATORS:
            return None
        items = list(owner.items) if owner.items is not None else None
        result: Any = Const(None)
        if items is None and isinstance(owner, Sequence) and name == "append" and args:
            self._rebind(
                receiver, Sequence(None, owner.kind, element=join(owner.element, args[0], self.symbols)), scope
            )
            return result
        if items is None or name not in ("append", "add_module", "extend", "insert", "pop", "clear"):
            new: Any = UNKNOWN
        elif name == "pop" and items and not args:
            result = items.pop()
            new = items
        elif name == "clear":
            new = []
        elif name in ("append", "add_module") and args:
            new = items + [args[-1]]
        elif name == "extend" and args and self.iteration_items(args[0]) is not None:
            new = items + self.iteration_items(args[0])
        elif name == "insert" and len(args) == 2 and isinstance(args[0], Const) and isinstance(args[0].value, int):
            items.insert(args[0].value, args[1])
            new = items
        else:
            new = UNKNOWN
        if new is not UNKNOWN:
            if isinstance(owner, Container):
                names = owner.names + ((args[0].value,) if name == "add_module" and isinstance(args[0], Const) else ())
                new = Container(owner.qualname, tuple(new), names)
            else:
                new = Sequence(tuple(new), owner.kind)
        self._rebind(receiver, new, scope)
        return result

    def _rebind(self, target: ast.expr, value: Any, scope: Scope) -> None:
        if isinstance(target, ast.Name):
            holder: Scope | None = scope
            while holder is not None and target.id not in holder.vars:
                holder = holder.parent
            (holder or scope).vars[target.id] = value
        elif isinstance(target, ast.Attribute):
            owner = self.eval(target.value, scope)
            if isinstance(owner, UserObject):
                owner.attributes[target.attr] = value

    # -- calls --------------------------------------------------------------------------------
    def call(self, callee: Any, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        """Evaluate a call on abstract values; user code is interpreted, torch is run or modelled."""
        if (
            not isinstance(callee, (TorchRef, Builtin))
            and not self._interprets(callee)
            and not (isinstance(callee, BoundMethod) and isinstance(callee.receiver, (TensorValue, Sequence)))
        ):
            forget_contents([*args, *kwargs.values()])  # torch modules and unknown code may change them in place
        if isinstance(callee, TorchRef):
            return self.calls.call_ref(callee, args, kwargs, node)
        if isinstance(callee, TorchModule):
            return self.calls.call_module(callee, args, kwargs, node)
        if isinstance(callee, Container):
            return self._call_container(callee, args, kwargs, node)
        if isinstance(callee, BoundMethod):
            return self._call_method(callee, args, kwargs, node)
        if isinstance(callee, Function):
            return self.call_function(callee, args, kwargs, node)
        if isinstance(callee, UserClass):
            return self.instantiate(callee, args, kwargs, node)
        if isinstance(callee, UserObject):
            forward = self._call_method_of(callee)
            if forward is not None:
                return self.call_function(
                    Function(forward, callee.cls.scope, callee.cls), [callee, *args], kwargs, node
                )
            return UNKNOWN
        if isinstance(callee, Builtin):
            return callee.function(self, args, kwargs, node)
        return UNKNOWN

    def _interprets(self, callee: Any) -> bool:
        """Whether calling `callee` runs user code the engine interprets (what else receives a function
        may call it with any values: a hook, `model.apply`, an optimizer's closure)."""
        if isinstance(callee, (Function, UserClass)):
            return True
        if isinstance(callee, UserObject):
            return self._call_method_of(callee) is not None
        if isinstance(callee, BoundMethod) and isinstance(callee.receiver, UserObject):
            return self._find_method(callee.receiver.cls, callee.name) is not None
        return False

    def _call_method_of(self, obj: UserObject) -> ast.FunctionDef | None:
        """The method a call of user object `obj` runs: `forward` (a module), else `__call__`."""
        return self._find_method(obj.cls, "forward") or self._find_method(obj.cls, "__call__")

    def _call_container(self, container: Container, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        if container.qualname != "torch.nn.Sequential" or len(args) != 1:
            return UNKNOWN
        value = args[0]
        for item in container.items:
            value = self.call(item, [value], {}, node)
            if value is UNKNOWN:
                return UNKNOWN
        return value

    def _call_method(self, method: BoundMethod, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        receiver, name = method.receiver, method.name
        if isinstance(receiver, TensorValue):
            return self.calls.tensor_method(receiver, name, args, kwargs, node)
        if isinstance(receiver, UserObject):
            function = self._find_method(receiver.cls, name)
            if function is not None:
                return self.call_function(
                    Function(function, receiver.cls.scope, receiver.cls), [receiver, *args], kwargs, node
                )
            return receiver if name in ("to", "cuda", "cpu", "train", "eval") else UNKNOWN  # dtypes: _convert
        if isinstance(receiver, (TorchModule, Container)) and name in TENSOR_LISTS and not args and not kwargs:
            return module_tensors(receiver, name) or UNKNOWN
        if isinstance(receiver, TorchModule):
            if name in ("to", "cuda", "cpu", "train", "eval", "requires_grad_"):
                return receiver
            if name == "forward":
                return self.calls.call_module(receiver, args, kwargs, node)
            if name in ("children", "modules"):
                return Instance("generator")
            return UNKNOWN
        if isinstance(receiver, Container) and name in ("to", "cuda", "cpu", "train", "eval"):
            return receiver
        if isinstance(receiver, Loader) and name == "__iter__":
            return Range(receiver.batch)
        if isinstance(receiver, Sequence) and name in ("values", "indices") and name in receiver.fields:
            return receiver.items[receiver.fields.index(name)]
        return UNKNOWN

    def _find_method(self, cls: UserClass, name: str) -> ast.FunctionDef | None:
        if name in cls.methods and isinstance(cls.methods[name], ast.AST):
            return cls.methods[name]
        for base in cls.bases:
            if isinstance(base, UserClass):
                found = self._find_method(base, name)
                if found is not None:
                    return found
        return None

    def _is_module_class(self, cls: UserClass) -> bool:
        for base in cls.bases:
            if isinstance(base, TorchRef) and base.obj is self.torch.nn.Module:
                return True
            if isinstance(base, UserClass) and self._is_module_class(base):
                return True
        return False

    def instantiate(self, cls: UserClass, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        """Create a user object and interpret its `__init__`."""
        obj = UserObject(cls)
        init = self._find_method(cls, "__init__")
        if init is not None:
            self.call_function(Function(init, cls.scope, cls), [obj, *args], kwargs, node)
        return obj

    def call_function(self, function: Function, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        """Interpret a user function with abstract arguments (memoised, bounded depth)."""
        definition = function.node
        self._called.add(id(definition))
        key = (
            id(definition),
            tuple(_signature(a) for a in args),
            tuple(sorted((k, _signature(v)) for k, v in kwargs.items())),
        )
        if key in self._memo:
            result, changes_contents = self._memo[key]
            if changes_contents:  # the in-place changes that call made are not repeated here
                forget_contents([*args, *kwargs.values()])
            return result
        if key in self._in_progress or len(self._frames) >= MAX_CALL_DEPTH:
            forget_contents([*args, *kwargs.values()])
            return UNKNOWN
        intact = [literal for literal in literals_in([*args, *kwargs.values()]) if literal.intact]
        self._in_progress.add(key)
        try:
            result = self._interpret(function, args, kwargs)
        finally:
            self._in_progress.discard(key)
        self._memo[key] = (result, any(not literal.intact for literal in intact))
        return result

    def _interpret(self, function: Function, args: list[Any], kwargs: dict[str, Any]) -> Any:
        definition = function.node
        span = (definition.lineno - 1, (definition.end_lineno or definition.lineno) - 1)
        scope = Scope(function.scope, span)
        self._bind_parameters(definition, scope, args, kwargs, function.scope)
        frame = _Frame()
        self._frames.append(frame)
        try:
            if isinstance(definition, ast.Lambda):
                return self.eval(definition.body, scope)
            self.exec_block(definition.body, scope)
        finally:
            self._frames.pop()
        return join_all(frame.returns, self.symbols) if frame.returns else Const(None)

    def _bind_parameters(
        self, definition: Any, scope: Scope, args: list[Any], kwargs: dict[str, Any], outer: Scope
    ) -> None:
        parameters = definition.args
        positional = [*parameters.posonlyargs, *parameters.args]
        defaults = [None] * (len(positional) - len(parameters.defaults)) + list(parameters.defaults)
        for index, (parameter, default) in enumerate(zip(positional, defaults)):
            if index < len(args):
                value = args[index]
            elif parameter.arg in kwargs:
                value = kwargs[parameter.arg]
            elif default is not None:
                value = self.eval(default, outer)
            else:
                value = UNKNOWN
            self._bind_parameter(parameter, value, scope)
        for parameter, default in zip(parameters.kwonlyargs, parameters.kw_defaults):
            value = kwargs.get(parameter.arg, self.eval(default, outer) if default is not None else UNKNOWN)
            self._bind_parameter(parameter, value, scope)
        if parameters.vararg:
            scope.vars[parameters.vararg.arg] = Sequence(tuple(args[len(positional) :]), "tuple")
        if parameters.kwarg:
            scope.vars[parameters.kwarg.arg] = UNKNOWN

    def _bind_parameter(self, parameter: ast.arg, value: Any, scope: Scope) -> None:
        scope.vars[parameter.arg] = value
        if isinstance(value, TensorValue) and getattr(parameter, "end_lineno", None) is not None:
            self.record(parameter, parameter.arg, value, scope, hint=False)

    def _interpret_uncalled(self, function: Function) -> None:
        """Interpret a function no call site reached, with shapes from annotations and shape comments.

        This is speculative: it adds hints where there were none, and never changes the ones that real
        call sites produced."""
        definition = function.node
        if isinstance(definition, ast.Lambda):
            return
        positional = [*definition.args.posonlyargs, *definition.args.args]
        header_end = definition.body[0].lineno - 2 if definition.body else definition.lineno - 1
        comments = shapes_from_comments(self.lines, definition.lineno - 1, max(header_end, definition.lineno - 1))
        args: list[Any] = []
        for index, parameter in enumerate(positional):
            if index == 0 and function.owner is not None and parameter.arg in ("self", "cls"):
                args.append(self._prototype(function.owner))
                continue
            args.append(self._annotated_tensor(parameter.annotation, comments.get(parameter.arg)) or UNKNOWN)
        self.call_function(function, args, {}, definition)

    def _prototype(self, cls: UserClass) -> Any:
        """An instance for interpreting methods no call site reached: `__init__` run with its defaults
        (parameters without one are unknown)."""
        if id(cls.node) not in self._prototypes:
            prototype = self._prototypes[id(cls.node)] = UserObject(cls)
            init = self._find_method(cls, "__init__")
            if init is not None:
                self.call_function(Function(init, cls.scope, cls), [prototype], {}, init)
        return self._prototypes[id(cls.node)]

    def _annotated_tensor(self, annotation: ast.expr | None, comment: list[int | str] | None) -> Any:
        spec = shape_from_annotation(annotation)
        dims, dtype_name = spec if spec is not None else ((comment, "float32") if comment is not None else (None, None))
        if dims is None:
            return None
        torch = self.torch
        dtype = getattr(torch, dtype_name)
        if all(isinstance(d, int) for d in dims):
            probe = torch.empty(dims, dtype=dtype, device="meta")
        else:
            try:
                shape = [d if isinstance(d, int) else self.symbols.named(d) for d in dims]
                with self.symbols.mode(), torch.device("meta"):
                    probe = torch.empty(shape, dtype=dtype)
            except SymbolsDeferred:
                return None
        return TensorValue(probe, "cpu", ("annotation",))


# -- builtins -------------------------------------------------------------------------------------
def _len(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    value = args[0] if args else UNKNOWN
    if isinstance(value, TensorValue) and value.probe.dim() > 0:
        dim = value.shape[0]
        return Const(dim) if isinstance(dim, int) else SymDim(dim)
    if isinstance(value, Sequence) and value.items is not None:
        return Const(len(value.items))
    if isinstance(value, Dataset) and value.length is not None:
        return Const(value.length) if isinstance(value.length, int) else SymDim(value.length)
    return UNKNOWN


def _range(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    values = [a.value if isinstance(a, Const) else None for a in args]
    length = None
    if values and all(isinstance(v, int) for v in values):
        try:
            length = len(range(*values))
        except (TypeError, ValueError):
            length = None
    if length is not None and length <= MAX_UNROLL:
        return Sequence(tuple(Const(i) for i in range(*values)), "list")
    return Range(Scalar(int), length)


def _enumerate(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    inner = args[0] if args else UNKNOWN
    items = interp.iteration_items(inner)
    if items is not None and len(items) <= MAX_UNROLL:
        return Sequence(tuple(Sequence((Const(i), item)) for i, item in enumerate(items)), "list")
    return Range(Sequence((UNKNOWN, interp.iteration_element(inner))))


def _zip(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    all_items = [interp.iteration_items(a) for a in args]
    if all(items is not None for items in all_items) and all_items:
        count = min(len(items) for items in all_items)
        return Sequence(tuple(Sequence(tuple(items[i] for items in all_items)) for i in range(count)), "list")
    return Range(Sequence(tuple(interp.iteration_element(a) for a in args)))


def _iter(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    value = args[0] if args else UNKNOWN
    if isinstance(value, Loader):
        return Range(value.batch, first=value.first)
    if isinstance(value, (Range, Dataset)):
        return Range(interp.iteration_element(value))
    return value


def _next(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    value = args[0] if args else UNKNOWN
    if isinstance(value, Range):
        return value.first if value.first is not None else value.element
    return interp.iteration_element(value)


def _list(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    if not args:
        return Sequence((), "list")
    items = interp.iteration_items(args[0])
    if items is not None:
        return Sequence(tuple(items), "list")
    return Sequence(None, "list", element=interp.iteration_element(args[0]))


def _tuple(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    result = _list(interp, args, kwargs, node)
    return Sequence(result.items, "tuple", element=result.element)


def _number(kind: type) -> Callable[[Interpreter, list[Any], dict[str, Any], ast.AST], Any]:
    def convert(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        if len(args) == 1 and isinstance(args[0], Const) and isinstance(args[0].value, (int, float, str, bool)):
            try:
                return Const(kind(args[0].value))
            except (TypeError, ValueError, OverflowError):
                return UNKNOWN
        if len(args) == 1 and isinstance(args[0], SymDim) and kind is int:
            return args[0]
        number = scalar_contents(args[0]) if len(args) == 1 else None
        if number is not None and kind in (int, float, bool):
            return Const(kind(number))
        if len(args) == 1 and kind in (int, float) and not isinstance(args[0], (Sequence, TensorValue)):
            return Scalar(kind)
        return UNKNOWN

    return convert


def _fold_builtin(function: Callable[..., Any]) -> Callable[[Interpreter, list[Any], dict[str, Any], ast.AST], Any]:
    def fold(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        if kwargs:
            return UNKNOWN
        iterable = len(args) == 1 and isinstance(args[0], Sequence)
        items = interp.iteration_items(args[0]) if iterable else args
        if not items or not all(isinstance(a, Const) and isinstance(a.value, (int, float)) for a in items):
            return UNKNOWN
        values = [a.value for a in items]
        try:
            return Const(function(values) if iterable else function(*values))
        except (TypeError, ValueError):
            return UNKNOWN

    return fold


def _sum(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    if not args:
        return UNKNOWN
    start = args[1] if len(args) > 1 else kwargs.get("start", Const(0))
    items = interp.iteration_items(args[0])
    if items is None:
        element = interp.iteration_element(args[0])
        return element if isinstance(element, TensorValue) else UNKNOWN
    total = start
    for item in items:
        total = interp.binary(ast.Add, total, item, node)
    return total


def _none(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    return Const(None)


def _super(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    return Instance("super")


_BUILTINS: dict[str, Any] = {
    name: Builtin(name, function)
    for name, function in {
        "len": _len,
        "range": _range,
        "enumerate": _enumerate,
        "zip": _zip,
        "iter": _iter,
        "next": _next,
        "list": _list,
        "tuple": _tuple,
        "int": _number(int),
        "float": _number(float),
        "bool": _number(bool),
        "str": _number(str),
        "print": _none,
        "super": _super,
        "abs": _fold_builtin(abs),
        "min": _fold_builtin(min),
        "max": _fold_builtin(max),
        "round": _fold_builtin(round),
        "sum": _sum,
    }.items()
}
_BUILTINS.update({"True": Const(True), "False": Const(False), "None": Const(None)})


_MAX_BITS = 4096
_MAX_TEXT = 4096


def _bits(value: Any) -> int:
    return abs(value).bit_length() if isinstance(value, int) else 64


def _result_fits(function: Callable[[Any, Any], Any], left: Any, right: Any) -> bool:
    """Whether folding cannot build a huge number or string (`2 ** 10 ** 10`, `'a' * 10**9`, `s + s`...)."""
    texts = [v for v in (left, right) if isinstance(v, (str, bytes))]
    if texts:
        if function is operator.add:
            return sum(len(v) for v in texts) <= _MAX_TEXT
        if function is operator.mul:
            count = right if isinstance(left, (str, bytes)) else left
            return isinstance(count, int) and len(texts[0]) * max(count, 0) <= _MAX_TEXT
        return function in (operator.eq, operator.ne)
    if not all(isinstance(v, int) for v in (left, right)):
        return True
    if function is operator.pow:
        return right <= _MAX_BITS and (abs(left) <= 1 or _bits(left) * max(right, 0) <= _MAX_BITS)
    if function is operator.lshift:
        return right <= _MAX_BITS and _bits(left) + right <= _MAX_BITS
    if function is operator.mul:
        return _bits(left) + _bits(right) <= _MAX_BITS
    return max(_bits(left), _bits(right)) <= _MAX_BITS


def _fold(function: Callable[[Any, Any], Any], left: Any, right: Any) -> Any:
    """Fold a constant operation; operations whose result could be huge are not folded."""
    for value in (left, right):
        if not (value is None or isinstance(value, (int, float, bool, str)) or hasattr(value, "node")):
            return UNKNOWN
    if any(hasattr(v, "node") for v in (left, right)):
        if function not in (operator.floordiv, operator.mul, operator.add, operator.sub) or any(
            v is None or isinstance(v, str) for v in (left, right)
        ):
            return UNKNOWN
    elif not _result_fits(function, left, right):
        return UNKNOWN
    try:
        result = function(left, right)
    except Exception:
        return UNKNOWN
    if hasattr(result, "node"):
        return SymDim(result)
    return Const(result)


def _identity_test(left: Any, right: Any, positive: bool) -> Any:
    """`a is None` / `a is not None` when it is known whether `a` is None."""
    if not (isinstance(right, Const) and right.value is None):
        return UNKNOWN
    if isinstance(left, Const):
        return Const((left.value is None) == positive)
    if left is UNKNOWN or isinstance(left, Scalar):
        return UNKNOWN
    return Const(not positive)


def _scalar_result(left: Any, right: Any) -> Scalar:
    """An arithmetic result involving an unknown number: an unknown float unless both sides are ints."""
    kinds = [v.kind if isinstance(v, Scalar) else type(v.value) if isinstance(v, Const) else int for v in (left, right)]
    return Scalar(int if all(k in (int, bool) for k in kinds) else float)


def _signature(value: Any) -> Any:
    if isinstance(value, TensorValue):
        return (
            "T",
            str(tuple(value.probe.shape)),
            value.probe.dtype,
            value.device,
            tuple(value.probe.stride()) if all(isinstance(d, int) for d in value.shape) else None,
            value.contents_literal,
        )  # results may depend on known contents (`torch.bincount`)
    if isinstance(value, Const):
        try:
            hash(value.value)
            return ("C", type(value.value).__name__, value.value)
        except TypeError:
            return ("C", id(value))
    if isinstance(value, Sequence) and value.items is not None:
        return ("S", value.kind, tuple(_signature(item) for item in value.items))
    return ("O", value)  # the object itself, by identity: an id could be reused once it is freed


def _as_load(target: ast.expr) -> ast.expr:
    clone = ast.parse(ast.unparse(target), mode="eval").body
    ast.copy_location(clone, target)
    for child in ast.walk(clone):
        child.lineno, child.col_offset = target.lineno, target.col_offset
        child.end_lineno, child.end_col_offset = target.end_lineno, target.end_col_offset
    return clone
