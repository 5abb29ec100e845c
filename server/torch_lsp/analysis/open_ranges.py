"""`torch.arange` with bounds whose values are unknown (`torch.arange(config["dim"] // 2, dtype=torch.float32)`):
whatever numbers (or one-element tensors) the bounds hold, a run that goes on made a 1-D tensor, of a length
nothing is known of. Its dtype is the one given, else int64 when every bound is an int and the default dtype when
one is a float; bounds of unknown kind with no dtype given leave the dtype, and so the value, unknown."""

from __future__ import annotations

import ast

from .interp_api import InterpreterApi
from .symbols import SymbolsDeferred
from .values import REAL, UNKNOWN, Const, Scalar, SymDim, TensorValue, TorchRef, Unknown, Value

_BOUNDS = ("start", "end", "step")


def arange_of_unknown_bounds(
    interp: InterpreterApi, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value | None:
    """The 1-D tensor of unknown length `torch.arange(...)` makes when some bound's value is unknown; None for
    other calls, for bounds the symbolic path evaluates (known numbers and sizes) and for bounds of unknown kind
    with no dtype given."""
    if ref.obj is not interp.torch.arange or "out" in kwargs or not 1 <= len(args) + _given(kwargs) <= 3:
        return None
    bounds = [*args, *(kwargs[name] for name in _BOUNDS if name in kwargs)]
    if not any(isinstance(bound, (Unknown, Scalar)) for bound in bounds):
        return None
    kinds = {_kind(bound) for bound in bounds}
    if "dtype" in kwargs or kinds <= {int}:
        stand_in: Value = Const(1)
    elif float in kinds:
        stand_in = Const(1.0)
    else:
        return None
    options = {name: value for name, value in kwargs.items() if name not in _BOUNDS}
    value = interp.calls.call_ref(ref, [stand_in], options, node)
    if not isinstance(value, TensorValue):
        return UNKNOWN
    try:
        probe = interp.calls.empty([interp.symbols.unknown()], value.probe.dtype)
    except SymbolsDeferred:
        return UNKNOWN
    return TensorValue(probe, value.device, value.origin, value.checked_on, value.defined_at, dtypes=value.dtypes)


def _given(kwargs: dict[str, Value]) -> int:
    return sum(name in kwargs for name in _BOUNDS)


def _kind(bound: Value) -> type | None:
    """int or float for a bound known to hold one, REAL for a number of either kind, None when nothing is known."""
    if isinstance(bound, Const) and type(bound.value) in (int, float):
        return type(bound.value)
    if isinstance(bound, SymDim):
        return int
    if isinstance(bound, Scalar):
        return bound.kind if bound.kind in (int, float) else REAL
    return None
