"""`np.lib.stride_tricks.sliding_window_view(x, window_shape, axis=None)`: a read-only view of `x` holding every
window of `window_shape` that fits in it. Each windowed axis (all of `x`'s in order when `axis` is None, which then
needs one window size per axis) keeps `size - window + 1` positions, and the window's sizes follow `x`'s axes, in the
order `axis` names them (an axis may be named twice). numpy raises at a negative window, at a window longer than its
axis and at an axis `x` does not have, so a run that goes on had none of them."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..symbols import SymbolsDeferred
from ..values import UNKNOWN, Const, Value
from .mixed_arrays import per_dtype
from .numpy_model import NdArray, bound_arguments, given_sizes, known_ints
from .submodules import Submodule

_PARAMETERS = ("x", "window_shape", "axis")


def _sliding_window_view(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`sliding_window_view(x, window_shape, axis)` with known or symbolic window sizes and known axes."""
    bound = bound_arguments(_PARAMETERS, args, {k: v for k, v in kwargs.items() if k not in ("subok", "writeable")})
    if bound is None or "window_shape" not in bound:
        return UNKNOWN
    array, windows = bound.get("x"), given_sizes(bound["window_shape"])
    axis = bound.get("axis", Const(None))
    if not isinstance(array, NdArray) or windows is None:
        return UNKNOWN
    shape = list(array.probe.shape)
    rank = len(shape)
    axes = list(range(rank)) if isinstance(axis, Const) and axis.value is None else known_ints(axis)
    if axes is None or len(axes) != len(windows) or not all(-rank <= a < rank for a in axes):
        return UNKNOWN
    for axis_index, window in zip(axes, windows, strict=True):
        size = shape[axis_index % rank]
        if isinstance(window, int) and (window < 0 or (isinstance(size, int) and window > size)):
            return UNKNOWN
        shape[axis_index % rank] = size - window + 1
    try:
        probe = interp.calls.empty([*shape, *windows], array.probe.dtype)
    except SymbolsDeferred:
        return UNKNOWN
    return array.view(probe)


_VIEW = per_dtype(Builtin("sliding_window_view", _sliding_window_view))
_STRIDE_TRICKS = Submodule({"sliding_window_view": _VIEW})

MEMBERS: dict[str, Value] = {
    "lib": Submodule({"stride_tricks": _STRIDE_TRICKS}),
    "lib.stride_tricks": _STRIDE_TRICKS,
    "lib.stride_tricks.sliding_window_view": _VIEW,
}
