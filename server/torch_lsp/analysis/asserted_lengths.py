"""`assert len(xs) == n`: past the assert, the list `xs` holds exactly `n` items, a known int or a named size (a
command-line option; not an expression such as `n - 1`, which may be 0), whatever lost its count
(`stack.pop(0); stack.append(frame)` after `[frame] * n`)."""

from __future__ import annotations

import ast

from .interp_api import MAX_CONST_ITEMS
from .open_lists import named_length
from .source import builtin_call_args
from .symbols import Symbols
from .values import Const, Sequence, Value

Target = ast.Name | ast.Attribute


def asserted_lengths(test: ast.expr) -> list[tuple[Target, ast.expr]]:
    """The (list, length) pairs `len(list) == length` (either way round) states in `test`, alone or in an `and`."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return [pair for value in test.values for pair in asserted_lengths(value)]
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return []
    for measured, length in ((test.left, test.comparators[0]), (test.comparators[0], test.left)):
        args = builtin_call_args(measured, "len", 1)
        if args and isinstance(args[0], (ast.Name, ast.Attribute)):
            return [(args[0], length)]
    return []


def with_length(value: Value, length: Value, symbols: Symbols) -> Sequence | None:
    """The list `value`, whose length is not known, holding `length` items; None when that teaches nothing."""
    if not (isinstance(value, Sequence) and value.kind == "list" and value.items is None):
        return None
    if (size := named_length(length, symbols)) is not None:
        return Sequence(None, "list", element=value.element, length=size, prefix=value.prefix)
    if isinstance(length, Const) and type(length.value) is int and 0 <= length.value <= MAX_CONST_ITEMS:
        return Sequence(tuple(value.get(i) for i in range(length.value)), "list")
    return None
