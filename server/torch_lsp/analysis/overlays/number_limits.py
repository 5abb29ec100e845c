"""`torch.finfo(dtype)`, `torch.iinfo(dtype)`, `np.finfo(dtype)` and `np.iinfo(dtype)` of a dtype the engine knows:
the limits are constants (`eps`, `max`, `min`, `tiny`, `bits`), read from torch or numpy themselves. numpy gives
them as numpy scalars, which act as Python numbers next to tensors; their `.item()` is the number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Modelled, TorchRef, Value


@dataclass(frozen=True, eq=False)
class NumberLimits(Modelled):
    """The limits `info` (a torch.finfo, torch.iinfo, numpy.finfo or numpy.iinfo) of one dtype."""

    info: Any

    def member(self, name: str) -> Value:
        """A limit as the Python number it is (UNKNOWN for what is no number: `dtype`)."""
        value: Any = getattr(self.info, name, None)
        number = value.item() if getattr(value, "shape", None) == () else value  # a numpy scalar
        return Const(number) if type(number) in (int, float) else UNKNOWN


def torch_limits(torch: Any, ref: TorchRef, args: list[Value], kwargs: dict[str, Value]) -> Value | None:
    """`torch.finfo(dtype)` / `torch.iinfo(dtype)` (finfo of the default dtype when none is given); None for
    other calls."""
    if ref.obj not in (torch.finfo, torch.iinfo):
        return None
    given = args[0] if args else kwargs.get("type")
    if given is None and ref.obj is torch.finfo:
        return NumberLimits(torch.finfo())
    dtype = given.value if isinstance(given, Const) else given.obj if isinstance(given, TorchRef) else None
    if not isinstance(dtype, torch.dtype):
        return UNKNOWN
    try:
        return NumberLimits(ref.obj(dtype))
    except (TypeError, ValueError):  # finfo of an integer dtype, iinfo of a float one: torch raises
        return UNKNOWN


def numpy_limits(kind: str) -> Builtin:
    """`np.finfo(dtype)` or `np.iinfo(dtype)` (`kind`) of a numpy scalar type."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: Any) -> Value:
        import numpy

        from .numpy_model import NumpyDtype

        if len(args) != 1 or kwargs or not isinstance(args[0], NumpyDtype):
            return UNKNOWN
        try:
            return NumberLimits(getattr(numpy, kind)(getattr(numpy, args[0].dtype)))
        except (TypeError, ValueError, AttributeError):  # finfo of an integer type, iinfo of a float one
            return UNKNOWN

    return Builtin(kind, apply)
