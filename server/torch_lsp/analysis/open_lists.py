"""Lists and tuples of unknown length (`Sequence(None, element=...)`): what Python's list operations make of them.

A list whose length the engine does not know keeps one element value that covers every item it may hold: the
join of the items of the lists it was made from and of the values put into it. Its length stays unknown (and
`len()` of it an unknown int), except where an operation provably keeps a length the engine named, or a window
`xs[i:i + n]` provably lies inside the list.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import Any

from .interp_api import MAX_CONST_ITEMS, InterpreterApi
from .item_sizes import joined_items, read_item
from .joins import members
from .keyed_orders import sorted_in_place
from .symbols import Symbols, expression
from .values import UNKNOWN, Const, Sequence, SymDim, Value, is_int
from .windows import list_window


def _open(kind: str, values: list[Value], interp: InterpreterApi) -> Sequence:
    """A list (or tuple) of unknown length whose items are each one of `values`."""
    return Sequence(None, kind, element=joined_items(values, interp.symbols) if values else UNKNOWN)


def _is_list(value: Value) -> bool:
    return isinstance(value, Sequence) and value.kind in ("list", "tuple")


def concatenation(left: Value, right: Value, interp: InterpreterApi) -> Value | None:
    """`a + b` of two lists (or tuples) when either has an unknown length or the result is too long to keep item by
    item: a list of unknown length whose items are those of both, its first items those of `a` (and of `b` after a
    list of known items) as far as they are known, as long as both together where both lengths are known; None for
    other operands."""
    if not (isinstance(left, Sequence) and isinstance(right, Sequence) and _is_list(left) and left.kind == right.kind):
        return None
    if left.items is not None and right.items is not None and len(left.items) + len(right.items) <= MAX_CONST_ITEMS:
        return None
    if left.items == ():
        return right
    if right.items == ():
        return left
    first = (*left.items, *right.prefix) if left.items is not None else left.prefix
    joined = _open(left.kind, [*members(left), *members(right)], interp)
    return replace(joined, prefix=first[:MAX_CONST_ITEMS], length=_added_lengths(left, right))


def _added_lengths(left: Sequence, right: Sequence) -> Any:
    """The length of `left + right` where both lengths are known (ints or sizes); None otherwise."""
    lengths = [len(part.items) if part.items is not None else part.length for part in (left, right)]
    return None if None in lengths else lengths[0] + lengths[1]


def repetition(sequence: Value, count: Value, interp: InterpreterApi) -> Value | None:
    """`xs * n` where `n` is an int whose value is unknown (or too large to keep the items): the items of `xs`, an
    unknown number of times, except that one item repeated a named size `n` of times is a list of length `n`
    (`[frame] * args.stack`); None for other operands."""
    if not (isinstance(sequence, Sequence) and _is_list(sequence) and is_int(count)):
        return None
    if isinstance(count, Const) and sequence.items is not None and len(sequence.items) * count.value <= MAX_CONST_ITEMS:
        return None
    if sequence.items == ():
        return sequence
    length = named_length(count, interp.symbols)
    if length is not None and sequence.items is not None and len(sequence.items) == 1:
        return Sequence(None, sequence.kind, element=sequence.items[0], length=length)
    return _open(sequence.kind, members(sequence), interp)


def named_length(count: Value, symbols: Symbols) -> Any:
    """The size `count` holds when it is a named size alone (a command-line option, `n`), which the engine takes to
    be at least 2 as torch does, or an expression the bounds of random draws keep at least 1 (`50 - n` for
    `n = random.randint(5, 12)`), so a list of that length is not empty; None for another expression (`8 - n` may
    be 0 or less), an int that may be 0 (`random.randint(0, 3)`, a count the data decides) or any other value."""
    if not isinstance(count, SymDim):
        return None
    expr = expression(count.value)
    if expr is None:
        return None
    if expr.is_symbol and symbols.surely_positive(count.value):
        return count.value
    return count.value if symbols.positive_by_bounds(count.value) else None


def sliced(sequence: Sequence, index: Value, interp: InterpreterApi) -> Value | None:
    """`xs[a:b]` of a list of unknown length, or with bounds whose values are unknown: some of its items; None when
    the slice is known exactly (or `index` is no slice)."""
    if not (isinstance(index, Const) and isinstance(index.value, slice) and _is_list(sequence)):
        return None
    bounds = (index.value.start, index.value.stop, index.value.step)
    if sequence.items is not None and all(b is None or type(b) is int for b in bounds):
        return None
    opened = _open(sequence.kind, members(sequence), interp)
    return replace(opened, length=list_window(interp, sequence, index.value))


def without_items(owner: Sequence, interp: InterpreterApi) -> Sequence:
    """A list after `del xs[i]` or `del xs[a:b]`: fewer of its items, which ones not followed."""
    return _open("list", members(owner), interp)


def with_item(owner: Sequence, index: Value, value: Value, interp: InterpreterApi) -> Sequence:
    """A list after `owner[index] = value`: the item at a known position replaced; at an int position whose value is
    unknown, any one item may be `value` (the length stays); a slice splices in the items of `value` (which ones,
    where the bounds and the items of the iterable `value` are known)."""
    items = list(owner.items) if owner.items is not None else None
    if (
        isinstance(index, Const)
        and type(index.value) is int
        and items is not None
        and -len(items) <= index.value < len(items)
    ):
        items[index.value] = value
        return Sequence(tuple(items), "list")
    if is_int(index):
        if items is not None:
            return Sequence(tuple(joined_items([item, value], interp.symbols) for item in items), "list")
        return Sequence(None, "list", element=joined_items([owner.element, value], interp.symbols), length=owner.length)
    if isinstance(index, Const) and isinstance(index.value, slice):
        spliced = _spliced(items, index.value, interp.iteration_items(value))
        if spliced is not None:
            return Sequence(spliced, "list")
        return _open("list", [*members(owner), interp.iteration_element(value)], interp)
    return Sequence(None, "list", element=UNKNOWN)


def _spliced(items: list[Value] | None, window: slice, given: list[Value] | None) -> tuple[Value, ...] | None:
    """The items after `xs[window] = value` where the items, the window's int bounds and the items `value` yields
    (any iterable: a tuple, a torch.Size, a range) are all known, as Python splices them; None otherwise (or where
    Python raises)."""
    bounds = (window.start, window.stop, window.step)
    if items is None or given is None or not all(b is None or type(b) is int for b in bounds):
        return None
    try:
        items[window] = given
    except ValueError:  # an extended slice given a different number of items
        return None
    return tuple(items)


def mutated(
    owner: Sequence, name: str, args: list[Value], kwargs: dict[str, Value], interp: InterpreterApi, node: ast.AST
) -> tuple[Value, Value] | None:
    """(the list after, the call's result) for `owner.name(*args, **kwargs)` when the list has an unknown length or
    grows by an unknown number of items, or is sorted; None when the method is not one of these or the items stay
    known."""
    extension = interp.iteration_items(args[0]) if name == "extend" and len(args) == 1 else None
    if owner.items is not None and not (name == "extend" and len(args) == 1 and extension is None):
        if name == "sort" and not args:
            return sorted_in_place(interp, owner.items, kwargs, node), Const(None)
        return None
    if name == "append" and len(args) == 1:
        return _open(owner.kind, [*members(owner), args[0]], interp), Const(None)
    if name == "extend" and len(args) == 1:
        added = extension if extension is not None else [interp.iteration_element(args[0])]
        return _open(owner.kind, [*members(owner), *added], interp), Const(None)
    if name == "insert" and len(args) == 2 and is_int(args[0]):
        return _open(owner.kind, [owner.element, args[1]], interp), Const(None)
    if name == "pop" and (not args or (len(args) == 1 and is_int(args[0]))):
        return _open(owner.kind, [owner.element], interp), read_item(owner.element, interp.symbols)
    if name == "remove" and len(args) == 1:
        return _open(owner.kind, [owner.element], interp), Const(None)
    if name in ("sort", "reverse") and not args:  # the same items in another order: the first ones not known
        return replace(owner, prefix=()), Const(None)
    if name == "clear" and not args:
        return Sequence((), owner.kind), Const(None)
    return None
