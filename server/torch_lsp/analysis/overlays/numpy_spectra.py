"""numpy's complex arrays and its one-dimensional Fourier transforms: `np.fft.fft(a, n=None, axis=-1)`, `ifft`,
`rfft` and `irfft` give the arrays torch.fft's equivalents give (numpy computes in the float or complex dtype of
the input's precision, as torch does; an int or bool array is taken as float64), and `np.real(a)` / `np.imag(a)`
of a complex array are float arrays of its shape and precision (`np.real` of a real array is that array)."""

from __future__ import annotations

import ast
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..symbols import SymbolsDeferred
from ..values import UNKNOWN, Const, Value
from .numpy_model import NdArray
from .submodules import Submodule

_TRANSFORMS = ("fft", "ifft", "rfft", "irfft")
_OPTIONS = ("a", "n", "axis", "norm")


def _transform(name: str) -> Builtin:
    """`np.fft.NAME(a, n=None, axis=-1, norm=None)` of an array, `n` and `axis` known ints."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        given = {**dict(zip(_OPTIONS, args, strict=False)), **kwargs}
        if len(args) > len(_OPTIONS) or set(given) - set(_OPTIONS) or not isinstance(given.get("a"), NdArray):
            return UNKNOWN
        options = {key: given.get(key, Const(None)) for key in ("n", "axis", "norm")}
        if not all(isinstance(v, Const) for v in options.values()):
            return UNKNOWN
        n, axis, norm = (v.value for v in options.values() if isinstance(v, Const))
        if not (n is None or type(n) is int) or not (axis is None or type(axis) is int):
            return UNKNOWN
        torch = interp.torch
        try:
            probe = _as_float(interp, given["a"])
            if probe is None:
                return UNKNOWN
            with interp.symbols.mode(), torch.device("meta"):
                return NdArray(getattr(torch.fft, name)(probe, n=n, dim=-1 if axis is None else axis, norm=norm))
        except (RuntimeError, ValueError, TypeError, IndexError, SymbolsDeferred):
            return UNKNOWN

    return Builtin(name, apply)


def _as_float(interp: InterpreterApi, array: Any) -> Any:
    """The probe numpy transforms: a float32, float64 or complex array as it is, an int or bool one as float64;
    None for float16 (which numpy widens)."""
    torch, probe = interp.torch, array.probe
    if probe.dtype in (torch.float32, torch.float64, torch.complex64, torch.complex128):
        return probe
    if probe.dtype.is_floating_point or probe.dtype.is_complex:
        return None
    return interp.calls.empty(list(probe.shape), torch.float64)


def _part(name: str) -> Builtin:
    """`np.real(a)` / `np.imag(a)` of an array: a complex array's part, a float array of its shape and precision;
    a real array's real part is the array itself (its imaginary part, zeros, is not modelled)."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        array = args[0] if len(args) == 1 and not kwargs else kwargs.get("val") if not args else None
        if not isinstance(array, NdArray) or len(args) + len(kwargs) != 1:
            return UNKNOWN
        if not array.probe.dtype.is_complex:
            return array if name == "real" else UNKNOWN
        try:
            return NdArray(getattr(interp.torch, name)(array.probe))
        except (RuntimeError, SymbolsDeferred):
            return UNKNOWN

    return Builtin(name, apply)


MEMBERS: dict[str, Value] = {
    "fft": Submodule({name: _transform(name) for name in _TRANSFORMS}),
    "real": _part("real"),
    "imag": _part("imag"),
}
