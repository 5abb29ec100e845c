"""The ints of a `range(start, stop, step)` too long to unroll: each lies in [start, last], the last being the last
int the steps reach (`stop - step` where the step divides `stop - start`), so a loop over it binds its variable to
an int known only by those bounds, a new one each pass (the passes stand for different iterations, whose ints
differ). A window `xs[i:i + n]` with `i` from `range(0, len(xs) - n, s)`, or from `range(0, len(xs), n)` over a
length that n divides, is then n long, as for a random start (see int_facts and windows)."""

from __future__ import annotations

import ast
from typing import Any

from .int_facts import another_element, int_value
from .interp_api import InterpreterApi
from .symbols import SymbolsDeferred
from .values import Const, Range, Sequence, SymDim, Value


def range_bounds(args: list[Value]) -> tuple[Any, Any] | None:
    """(start, the last int it reaches) of `range(*args)` when start and stop are ints or sizes, the step a positive
    int."""
    if not 1 <= len(args) <= 3:
        return None
    start, stop = (int_value(args[0]), int_value(args[1])) if len(args) > 1 else (0, int_value(args[0]))
    step = args[2] if len(args) == 3 else Const(1)
    if not (isinstance(step, Const) and type(step.value) is int and step.value > 0) or start is None or stop is None:
        return None
    return start, start + (stop - 1 - start) // step.value * step.value  # the last int the steps reach


def range_count(args: list[Value]) -> Any:
    """How many ints `range(*args)` yields, `(stop - start + step - 1) // step` (an int or a size expression), when
    start and stop are ints or sizes and the step a positive int; None otherwise (a stop below the start aside)."""
    bounds = range_bounds(args)
    if bounds is None:
        return None
    step = args[2].value if len(args) == 3 and isinstance(args[2], Const) else 1
    return (bounds[1] + 1 - bounds[0] + step - 1) // step


def loop_int(interp: InterpreterApi, iterable: Value, first: Value, target: ast.expr) -> Value:
    """What a loop over `iterable` binds to `target` on one pass: a fresh int within a range's bounds (named after
    the loop variable); over a list of known ints (or of tuples of them, position by position), a fresh int
    between the least and the greatest of them; else `first` as another element (int_facts)."""
    if isinstance(iterable, Range) and iterable.bounds is not None:
        return _bounded_int(interp, iterable.bounds, first, target)
    items = iterable.items if isinstance(iterable, Sequence) and iterable.kind in ("list", "tuple") else None
    if items and all(_known_int(item) for item in items):
        values = [item.value for item in items if isinstance(item, Const)]
        return _bounded_int(interp, (min(values), max(values)), first, target)
    width = len(first.items) if isinstance(first, Sequence) and first.items is not None else None
    if items and isinstance(target, ast.Tuple) and len(target.elts) == width and isinstance(first, Sequence):
        rows = [item.items for item in items if isinstance(item, Sequence) and item.items is not None]
        if len(rows) == len(items) and all(len(row) == width for row in rows):
            columns = zip(zip(*rows, strict=True), first.items or (), target.elts, strict=True)
            return Sequence(
                tuple(
                    _bounded_int(interp, (min(c.value for c in column), max(c.value for c in column)), joined, name)
                    if all(_known_int(c) for c in column)
                    else another_element(interp, joined)
                    for column, joined, name in columns
                ),
                first.kind,
            )
    return another_element(interp, first)


def _known_int(value: Value) -> bool:
    return isinstance(value, Const) and type(value.value) is int


def _bounded_int(interp: InterpreterApi, bounds: tuple[Any, Any], first: Value, target: ast.expr) -> Value:
    """A fresh int within `bounds`, named after the loop variable `target`; `first` where none can be made."""
    try:
        element = interp.symbols.bounded(*bounds)
    except SymbolsDeferred:
        return first
    if element is None:
        return first
    if isinstance(target, ast.Name):
        interp.symbols.name_bounded(element, target.id)
    return SymDim(element)
