"""`np.array(data)` of data whose shape is not known (arrays read from files, lists of them) is still a numpy
array: `np.array` always builds a base-class `ndarray` (or raises). Its shape is not known, its dtype is when
`dtype=` names one or `.astype(...)` converts it; `.reshape(...)` to sizes that are all given (no -1) has
exactly those sizes, whatever the data (numpy raises otherwise), so it is an array of that shape. Nothing else
reads one."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any, ClassVar

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..symbols import Symbols
from ..values import UNKNOWN, Const, Modelled, Sequence, SymDim, Value
from . import numpy_model


@dataclass(frozen=True)
class ShapelessArray(Modelled):
    """A numpy array whose shape is not known; `dtype` is its torch-equivalent dtype, None when not known."""

    dtype: Any = None
    instance_of: ClassVar[str] = "numpy.ndarray"

    def member(self, name: str) -> Value:
        """`a.astype(dtype)` and `a.reshape(sizes)`."""
        if name == "astype":
            return Builtin(name, self._astype)
        if name == "reshape":
            return Builtin(name, self._reshape)
        return UNKNOWN

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Two arrays of unknown shape: the dtype where both have it."""
        if not isinstance(other, ShapelessArray):
            return UNKNOWN
        return self if self.dtype == other.dtype else ShapelessArray()

    def _astype(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        dtype = numpy_model._dtype(interp, args[0], None) if len(args) == 1 and not kwargs else None
        return ShapelessArray(dtype) if dtype is not None else UNKNOWN

    def _reshape(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if kwargs or not args or self.dtype is None:
            return UNKNOWN
        given = args[0] if len(args) == 1 and isinstance(args[0], Sequence) else Sequence(tuple(args), "tuple")
        sizes = _given_sizes(given)
        return numpy_model._array(interp, sizes, self.dtype) if sizes is not None else UNKNOWN


def _given_sizes(shape: Sequence) -> list[Any] | None:
    """The sizes of a reshape's shape when each is a size or a known int of at least 0 (no -1 to infer)."""
    if shape.kind not in ("list", "tuple", "size") or shape.items is None:
        return None
    sizes: list[Any] = []
    for item in shape.items:
        if isinstance(item, SymDim) or (isinstance(item, Const) and type(item.value) is int and item.value >= 0):
            sizes.append(item.value)
        else:
            return None
    return sizes


def _array(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.array(data, dtype=None)`: the array numpy_model builds, else one of unknown shape."""
    built = numpy_model.MEMBERS["array"].function(interp, args, kwargs, node)
    if built is not UNKNOWN or len(args) != 1 or set(kwargs) - {"dtype"}:
        return built
    dtype = numpy_model._dtype(interp, kwargs.get("dtype"), None)
    return ShapelessArray(dtype) if dtype is not None or "dtype" not in kwargs else UNKNOWN


MEMBERS: dict[str, Value] = {"array": Builtin("array", _array)}
