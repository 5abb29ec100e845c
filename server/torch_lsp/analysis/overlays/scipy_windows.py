"""`scipy.signal.get_window(window, Nx, fftbins=True)`: a window of any kind (a name, a name with parameters, a
Kaiser beta) is a float64 array of `Nx` samples (scipy raises unless `Nx` is a positive int). The FIR filters
designed by the window method, `firwin(numtaps, cutoff, ...)` and `firwin2(numtaps, freq, gain, ...)`, are float64
arrays of `numtaps` coefficients whatever the band edges and gains."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..symbols import SymbolsDeferred
from ..values import UNKNOWN, Const, SymDim, Value
from .numpy_model import NdArray, bound_arguments
from .submodules import Submodule

_PARAMETERS = ("window", "Nx", "fftbins")


def _get_window(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`get_window(window, Nx, fftbins=True)` with a known or symbolic `Nx`: a float64 array of that length."""
    given = bound_arguments(_PARAMETERS, args, kwargs)
    return _samples(interp, given.get("Nx") if given is not None and "window" in given else None)


def _fir_filter(name: str, edges: str) -> Builtin:
    """`firwin(numtaps, cutoff, ...)` / `firwin2(numtaps, freq, gain, ...)` (`edges`: cutoff or freq, which must be
    given): a float64 array of `numtaps` coefficients."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if len(args) < 2 and edges not in kwargs:
            return UNKNOWN
        return _samples(interp, kwargs.get("numtaps", args[0] if args else None))

    return Builtin(name, apply)


def _samples(interp: InterpreterApi, length: Value | None) -> Value:
    """A float64 array of `length` samples, for a known or symbolic positive int `length`."""
    if not (isinstance(length, SymDim) or (isinstance(length, Const) and type(length.value) is int)):
        return UNKNOWN
    if isinstance(length, Const) and length.value < 1:
        return UNKNOWN
    try:
        return NdArray(interp.calls.empty([length.value], interp.torch.float64))
    except SymbolsDeferred:
        return UNKNOWN


_SIGNAL = Submodule(
    {
        "get_window": Builtin("get_window", _get_window),
        "firwin": _fir_filter("firwin", "cutoff"),
        "firwin2": _fir_filter("firwin2", "freq"),
    }
)

MEMBERS: dict[str, Value] = {"signal": _SIGNAL, **{f"signal.{name}": f for name, f in _SIGNAL.members.items()}}
