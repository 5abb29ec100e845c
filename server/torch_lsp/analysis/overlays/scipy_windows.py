"""`scipy.signal.get_window(window, Nx, fftbins=True)`: a window of any kind (a name, a name with parameters, a
Kaiser beta) is a float64 array of `Nx` samples (scipy raises unless `Nx` is a positive int)."""

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
    length = given.get("Nx") if given is not None and "window" in given else None
    if not (isinstance(length, SymDim) or (isinstance(length, Const) and type(length.value) is int)):
        return UNKNOWN
    if isinstance(length, Const) and length.value < 1:
        return UNKNOWN
    try:
        return NdArray(interp.calls.empty([length.value], interp.torch.float64))
    except SymbolsDeferred:
        return UNKNOWN


_SIGNAL = Submodule({"get_window": Builtin("get_window", _get_window)})

MEMBERS: dict[str, Value] = {"signal": _SIGNAL, "signal.get_window": _SIGNAL.members["get_window"]}
