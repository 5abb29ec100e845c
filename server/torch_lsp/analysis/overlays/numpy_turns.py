"""`np.flip(a, axis=None)`, `np.fliplr(a)` and `np.flipud(a)`: a view of `a` of its shape and dtype, whichever axis is
flipped (numpy raises at an axis `a` does not have, so a run that goes on flipped one it has). `np.rot90(a, k=1,
axes=(0, 1))`: a view of `a` with the two axes swapped when `k` is odd; for an int `k` nothing is known of, the join
of both shapes, which is the shape itself when the two axes are of one size."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..joins import same_dim
from ..values import UNKNOWN, Const, Scalar, Sequence, SymDim, Value
from .mixed_arrays import per_dtype
from .numpy_model import NdArray, bound_arguments


def _axes_valid(axes: list[Value], rank: int) -> bool:
    """Whether every axis given as a known int is one of `rank` axes (an axis not known is taken to be one)."""
    known = [axis.value for axis in axes if isinstance(axis, Const) and type(axis.value) is int]
    return all(-rank <= axis < rank for axis in known) and all(
        isinstance(axis, (Const, Scalar, SymDim)) for axis in axes
    )


def _flip(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.flip(a, axis)`: a view of `a` of its shape."""
    bound = bound_arguments(("m", "axis"), args, kwargs)
    if bound is None:
        return UNKNOWN
    array, axis = bound.get("m"), bound.get("axis", Const(None))
    if not isinstance(array, NdArray):
        return UNKNOWN
    if not (isinstance(axis, Const) and axis.value is None):
        axes = _listed(axis)
        if axes is None or not _axes_valid(axes, array.probe.dim()):
            return UNKNOWN
    return array.view(array.probe)


def _listed(axis: Value) -> list[Value] | None:
    """The axes an `axis` argument names: the items of a list or tuple (None when they are not known), else itself."""
    if isinstance(axis, Sequence) and axis.kind in ("list", "tuple"):
        return list(axis.items) if axis.items is not None else None
    return [axis]


def _flipped_along(least_rank: int) -> Builtin:
    """`np.fliplr(a)` (at least 2 dimensions) / `np.flipud(a)` (at least 1): a view of `a` of its shape."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        bound = bound_arguments(("m",), args, kwargs)
        array = bound.get("m") if bound is not None else None
        if not isinstance(array, NdArray) or array.probe.dim() < least_rank:
            return UNKNOWN
        return array.view(array.probe)

    return Builtin("fliplr" if least_rank == 2 else "flipud", apply)


def _rot90(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.rot90(a, k, axes)`: a view of `a`, its two axes swapped when `k` is odd."""
    bound = bound_arguments(("m", "k", "axes"), args, kwargs)
    if bound is None:
        return UNKNOWN
    array, turns = bound.get("m"), bound.get("k", Const(1))
    axes = bound.get("axes", Sequence((Const(0), Const(1)), "tuple"))
    if not isinstance(array, NdArray) or not isinstance(axes, Sequence) or axes.items is None:
        return UNKNOWN
    pair = [axis.value for axis in axes.items if isinstance(axis, Const) and type(axis.value) is int]
    rank = array.probe.dim()
    if len(pair) != 2 or len(axes.items) != 2 or not _axes_valid(list(axes.items), rank):
        return UNKNOWN
    first, second = (axis % rank for axis in pair)
    if first == second:
        return UNKNOWN  # numpy raises at equal axes
    order = list(range(rank))
    order[first], order[second] = second, first
    with interp.symbols.mode(), interp.torch.device("meta"):
        swapped = array.view(array.probe.permute(order).contiguous())
    if isinstance(turns, Const) and type(turns.value) is int:
        return swapped if turns.value % 2 else array.view(array.probe)
    if not isinstance(turns, (Scalar, SymDim)) or (isinstance(turns, Scalar) and turns.kind is not int):
        return UNKNOWN
    if same_dim(array.probe.shape[first], array.probe.shape[second]):
        return array.view(array.probe)
    return array.view(array.probe).join(swapped, interp.symbols)


MEMBERS: dict[str, Value] = {
    name: per_dtype(builtin)
    for name, builtin in {
        "flip": Builtin("flip", _flip),
        "fliplr": _flipped_along(2),
        "flipud": _flipped_along(1),
        "rot90": Builtin("rot90", _rot90),
    }.items()
}
