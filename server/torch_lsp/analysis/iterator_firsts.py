"""An iterator's first item (a DataLoader iterator's first batch, which the smaller last one may follow): an iterator
is one object that every holder advances, so `next(it)` takes the first item only from an iterator made right there
(`next(iter(loader))`) or from the name it was made into (`it = iter(loader)`) while nothing else has read that
name; any other read (an alias, an argument, a `for`, `it.__next__()`, an item of a list or an attribute, a call
other than `iter(...)` handing back an iterator held elsewhere, `getattr(obj, "it")`) may have advanced it, so what
it holds yields any item from then on."""

from __future__ import annotations

import ast
from dataclasses import replace

from .values import Range, Value


def any_item(value: Value) -> Value:
    """`value` as an iterator that may already be advanced: one whose first item is known forgets it."""
    if isinstance(value, Range) and value.first is not None:
        return replace(value, first=None)
    return value


def takes_first(argument: ast.expr) -> bool:
    """Whether `next(argument)` may take the first item an iterator holds: one made right there, or a name."""
    return isinstance(argument, (ast.Call, ast.Name))
