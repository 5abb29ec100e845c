"""`zip(*rows)` over a list, tuple or deque of unknown length whose rows all have the same known number of items,
and `map(f, ...)` over what it yields. With no row, zip yields no tuple at all; so only unpacking it into exactly
one target per column, which fails on no tuple, or spreading it into the arguments of a function or named tuple
class that needs some (`Transition(*zip(*memory))`), which fails on none, proves the rows non-empty: then each
target or argument is the tuple of the rows' items in that column, whose length is the rows' where it is a known
size, else a size named after them. A row that may be None is not (zip raises on it)."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .interp_api import MAX_BUILD_UNROLL, InterpreterApi
from .optional_values import without_none
from .overlays.deques import DEQUE
from .overlays.named_tuples import NamedTupleClass
from .values import UNKNOWN, Function, Modelled, Range, Sequence, SymDim, TensorValue, Value


@dataclass(frozen=True, eq=False)
class Columns(Modelled):
    """What `zip(*rows)` yields for rows of unknown number: no tuple, or one tuple per column."""

    columns: tuple[Value, ...]


def transpose(interp: InterpreterApi, rows: Value, rows_node: ast.expr) -> Value:
    """The value of `zip(*rows)` when `rows` has an unknown number of rows of known length; UNKNOWN otherwise."""
    if not (isinstance(rows, Sequence) and rows.items is None and rows.kind in ("list", "tuple", DEQUE)):
        return UNKNOWN
    row = without_none(rows.element)  # zip raises on a row that is None: past it, no row was
    if not (isinstance(row, Sequence) and row.kind in ("list", "tuple") and row.items):
        return UNKNOWN
    if rows.length is not None:  # the rows' number is known to be a size (`random.sample(memory, batch_size)`)
        return Columns(tuple(Sequence(None, "tuple", element=item, length=rows.length) for item in row.items))
    label = (
        rows_node.id
        if isinstance(rows_node, ast.Name)
        else rows_node.attr
        if isinstance(rows_node, ast.Attribute)
        else None
    )
    if label is None:
        return UNKNOWN
    length = interp.named_size(label)
    if not isinstance(length, SymDim):
        return UNKNOWN
    return Columns(tuple(Sequence(None, "tuple", element=item, length=length.value) for item in row.items))


def unpacked(value: Value, targets: int) -> list[Value] | None:
    """The values unpacking `value` into `targets` names binds, when `value` is a `Columns` of that many."""
    if isinstance(value, Columns) and len(value.columns) == targets:
        return list(value.columns)
    return None


def spread(callee: Value, value: Value) -> list[Value] | None:
    """The arguments `callee(*value)` passes when `value` is a `Columns` and `callee` needs at least one positional
    argument (so a call that completes had rows); None otherwise."""
    if not isinstance(value, Columns):
        return None
    if isinstance(callee, NamedTupleClass):
        required = len(callee.fields) - len(callee.defaults)
    elif isinstance(callee, Function):
        arguments = callee.node.args
        required = len(arguments.posonlyargs) + len(arguments.args) - len(arguments.defaults)
    else:
        return None
    return list(value.columns) if required > 0 else None


def map_builtin(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`map(f, xs)` over one iterable: f applied to each item (or column) when they are known (up to the unroll
    limit, or as many as a model has weights), else an iterable of unknown length whose every item is f of some
    item of xs; either way every call map makes to a user function is interpreted, so what is inferred inside it
    stands."""
    if len(args) != 2 or kwargs:
        return UNKNOWN
    function, iterable = args
    interp.model_every_call(function)  # called below on every item, or on what covers them all
    if isinstance(iterable, Columns):
        return Columns(tuple(interp.call(function, [column], {}, node) for column in iterable.columns))
    items = interp.iteration_items(iterable)
    per_weight = items is not None and all(map(_holds_weight, items))
    if items is None or len(items) > (MAX_BUILD_UNROLL if per_weight else interp.unroll_limit()):
        return Range(interp.call(function, [interp.iteration_element(iterable)], {}, node))
    return Sequence(tuple(interp.call(function, [item], {}, node) for item in items), "list")


def _holds_weight(item: Value) -> bool:
    """Whether a mapped item is a model's weight (a tensor that requires grad: a parameter, or one computed from
    parameters as MAML's fast weights are) or a tuple holding one (`zip(grads, model.parameters())`): a map over
    them runs once per weight, as many as building the model laid out."""
    parts = item.items if isinstance(item, Sequence) and item.kind == "tuple" and item.items else (item,)
    return any(isinstance(part, TensorValue) and getattr(part.probe, "requires_grad", False) for part in parts)
