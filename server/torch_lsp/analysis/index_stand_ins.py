"""An integer's value never changes the shape of an indexing result, only whether it raises: in an index, ints whose
value is unknown (`x[i]`, `x[i, 2]`, `x[[i, j]]`, a 0-d integer tensor `x[:, top[k]]`, which torch reads as an int)
stand in as 0, and the result keeps no known contents. A slice
keeps its axis and never raises: one whose bounds torch cannot compare (`x[:, -n:]`, n unknown) stands in as the
whole axis, and that axis of the result has a size nothing is known of."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from .values import Const, Scalar, Sequence, SymDim, TensorValue, Value


def int_stand_ins(index: Value) -> Value | None:
    """`index` with each unknown or symbolic int or 0-d integer tensor (alone, in a tuple or in a list) replaced by 0;
    None when it holds none."""
    if (
        (isinstance(index, Scalar) and index.kind is int)
        or (isinstance(index, SymDim) and not isinstance(index.value, int))
        or (isinstance(index, TensorValue) and index.probe.dim() == 0 and _integral(index.probe.dtype))
    ):
        return Const(0)
    if not (isinstance(index, Sequence) and index.kind in ("list", "tuple") and index.items):
        return None
    parts = [int_stand_ins(item) for item in index.items]
    if all(part is None for part in parts):
        return None
    items = tuple(item if part is None else part for item, part in zip(index.items, parts, strict=True))
    return Sequence(items, index.kind)


def int_lists(index: Value, indices: Callable[[Any], Value]) -> Value | None:
    """`index` with each list of unknown length whose items are ints (alone or in a tuple: `x[ids]`, `x[ids, :]`)
    replaced by `indices(length)`, an int64 tensor of that many items (its known length, or None for a new
    unknown one), which indexes alike; None when it holds none."""
    listed = _int_list(index)
    if listed is not None:
        return indices(listed.length)
    if not (isinstance(index, Sequence) and index.kind == "tuple" and index.items):
        return None
    lists = [_int_list(item) for item in index.items]
    if all(part is None for part in lists):
        return None
    parts = (item if part is None else indices(part.length) for item, part in zip(index.items, lists, strict=True))
    return Sequence(tuple(parts), "tuple")


def _int_list(value: Value) -> Sequence | None:
    """`value` when it is a list of unknown length whose items are ints (numpy's integer scalars among them, which
    torch reads as ints)."""
    from .overlays.numpy_model import NdArray  # the numpy model indexes through this module

    if not (isinstance(value, Sequence) and value.kind == "list" and value.items is None and not value.prefix):
        return None
    element = value.element
    ints = (isinstance(element, Scalar) and element.kind is int) or isinstance(element, SymDim)
    ints = ints or (isinstance(element, NdArray) and element.probe.dim() == 0 and _integral(element.probe.dtype))
    return value if ints or (isinstance(element, Const) and type(element.value) is int) else None


def _integral(dtype: Any) -> bool:
    """Whether a tensor dtype holds integers (not bools, which index as masks)."""
    return not (dtype.is_floating_point or dtype.is_complex) and str(dtype) != "torch.bool"


def opened_slices(index: Value, rank: int) -> tuple[Value, list[int]] | None:
    """`index` of a tensor of `rank` dims with each slice whose bounds are not all ints opened to the whole axis,
    and the result dims those slices give; None when no slice has such bounds or a part is not a basic index (a
    tensor, a list)."""
    parts = index.items if isinstance(index, Sequence) and index.kind == "tuple" else (index,)
    if parts is None:
        return None
    consumed = sum(1 for part in parts if not (isinstance(part, Const) and (part.value is None or part.value is ...)))
    opened: list[Value] = []
    dims: list[int] = []
    at = 0  # the result dim the next part gives
    for part in parts:
        wide = _opened(part)
        if wide is not None:
            dims.append(at)
        if isinstance(part, Const) and part.value is ...:
            at += rank - consumed
        elif isinstance(part, Const) and (part.value is None or isinstance(part.value, slice)):
            at += 1
        elif not (isinstance(part, (Scalar, SymDim)) or (isinstance(part, Const) and type(part.value) is int)):
            return None
        opened.append(wide if wide is not None else part)
    if not dims:
        return None
    return (Sequence(tuple(opened), "tuple") if isinstance(index, Sequence) else opened[0]), dims


def _opened(part: Value) -> Const | None:
    """A slice whose bounds are not all ints, opened to the whole axis; None for any other index part."""
    if not (isinstance(part, Const) and isinstance(part.value, slice)):
        return None
    bounds = (part.value.start, part.value.stop)
    return None if all(isinstance(b, int | None) for b in bounds) else Const(slice(None, None, part.value.step))


def without_contents(value: Value) -> Value:
    """`value` with no known contents: they were read at a stand-in position."""
    return dataclasses.replace(value, literals=()) if isinstance(value, TensorValue) else value
