"""An integer's value never changes the shape of an indexing result, only whether it raises: in an index, ints whose
value is unknown (`x[i]`, `x[i, 2]`, `x[[i, j]]`) stand in as 0, and the result keeps no known contents."""

from __future__ import annotations

import dataclasses

from .values import Const, Scalar, Sequence, SymDim, TensorValue, Value


def int_stand_ins(index: Value) -> Value | None:
    """`index` with each unknown or symbolic int (alone, in a tuple or in a list) replaced by 0; None when it holds
    none."""
    if (isinstance(index, Scalar) and index.kind is int) or (
        isinstance(index, SymDim) and not isinstance(index.value, int)
    ):
        return Const(0)
    if not (isinstance(index, Sequence) and index.kind in ("list", "tuple") and index.items):
        return None
    parts = [int_stand_ins(item) for item in index.items]
    if all(part is None for part in parts):
        return None
    items = tuple(item if part is None else part for item, part in zip(index.items, parts, strict=True))
    return Sequence(items, index.kind)


def without_contents(value: Value) -> Value:
    """`value` with no known contents: they were read at a stand-in position."""
    return dataclasses.replace(value, literals=()) if isinstance(value, TensorValue) else value
