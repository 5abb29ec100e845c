"""`np.moveaxis(a, source, destination)`, `np.rollaxis(a, axis, start=0)` and `np.swapaxes(a, axis1, axis2)`: a
view of `a` with its axes reordered. Which order is numpy's own answer: the function is run on an array that takes
no memory and whose axes have sizes 1, 2, 3, ..., so the sizes of the result name the axes it took, and numpy
raises where it would raise on `a` (an axis out of range, a repeated one)."""

from __future__ import annotations

import ast
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Sequence, Value
from .mixed_arrays import per_dtype
from .numpy_model import NdArray, bound_arguments


def _axis_argument(value: Value) -> int | tuple[int, ...] | None:
    """An int axis, or a list or tuple of known int axes; None for anything else."""
    if isinstance(value, Const) and type(value.value) is int:
        return value.value
    if isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items is not None:
        axes = [item.value for item in value.items if isinstance(item, Const) and type(item.value) is int]
        return tuple(axes) if len(axes) == len(value.items) else None
    return None


def _reordered(name: str, parameters: tuple[str, ...], defaults: dict[str, Value]) -> Builtin:
    """The numpy function `name`, whose parameters after the array are axes: a view of the array with the axes in
    the order numpy gives them."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        bound = bound_arguments(("a", *parameters), args, kwargs)
        array = bound.get("a") if bound is not None else None
        if bound is None or not isinstance(array, NdArray):
            return UNKNOWN
        axes = [_axis_argument(bound.get(parameter, defaults.get(parameter, UNKNOWN))) for parameter in parameters]
        if any(axis is None for axis in axes):
            return UNKNOWN
        order = _order(name, array.probe.dim(), axes)
        if order is None:
            return UNKNOWN
        with interp.symbols.mode(), interp.torch.device("meta"):
            return array.view(array.probe.permute(order))

    return Builtin(name, apply)


def _order(name: str, rank: int, axes: list[Any]) -> list[int] | None:
    """The axes of a `rank`-dimensional array in the order `np.name(array, *axes)` leaves them; None where numpy
    raises."""
    import numpy

    numbered = numpy.broadcast_to(numpy.empty(()), tuple(range(1, rank + 1)))
    try:
        moved = getattr(numpy, name)(numbered, *axes)
    except (ValueError, TypeError, IndexError):  # numpy's AxisError is a ValueError and an IndexError
        return None
    return [size - 1 for size in moved.shape]


MEMBERS: dict[str, Value] = {
    name: per_dtype(builtin)
    for name, builtin in {
        "moveaxis": _reordered("moveaxis", ("source", "destination"), {}),
        "rollaxis": _reordered("rollaxis", ("axis", "start"), {"start": Const(0)}),
        "swapaxes": _reordered("swapaxes", ("axis1", "axis2"), {}),
    }.items()
}
