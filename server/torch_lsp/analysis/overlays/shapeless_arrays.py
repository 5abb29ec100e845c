"""`np.array(data)` of data whose shape is not known (arrays read from files, lists of them) is still a numpy
array: `np.array` always builds a base-class `ndarray` (or raises). Its shape is not known, its dtype is when
`dtype=` names one or `.astype(...)` converts it; `.reshape(...)` to sizes that are all given (no -1) has
exactly those sizes, whatever the data (numpy raises otherwise), so it is an array of that shape. Whatever its
data, its `shape` is a tuple of ints (`n, m = a.shape` binds two ints, for the runs that go on) and its `ndim` an
int.
A list of unknown length whose items have one known shape (`np.array(batch)` of a slice of `(head, relation)`
pairs) builds an array of those items, one row each, unless it is empty: then numpy builds one dimension of no
items (a list of numbers builds one dimension of as many items, empty or not). An index that raises on such an
empty array (an int, or ints and slices for two dimensions or more: `batch[:, 0]`) reads the array the items
build.
`np.loadtxt` reads a file into such an array, of float64 unless given a dtype, and `np.zeros(a.shape)` (or `ones`,
`empty`) of a shape of unknown length builds one."""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..symbols import Symbols, SymbolsDeferred
from ..values import UNKNOWN, Const, Modelled, Scalar, Sequence, SymDim, Value, is_int
from . import numpy_model


@dataclass(frozen=True)
class ShapelessArray(Modelled):
    """A numpy array whose shape is not known; `dtype` is its torch-equivalent dtype, None when not known."""

    dtype: Any = None
    rows: Any = None  # the array (an NdArray) it is unless its data was an empty list
    instance_of: ClassVar[str] = "numpy.ndarray"

    def member(self, name: str) -> Value:
        """`a.shape` (ints, how many not known), `a.ndim`, `a.astype(dtype)` and `a.reshape(sizes)`."""
        if name == "shape":
            return Sequence(None, "tuple", element=Scalar(int))
        if name == "ndim":
            return Scalar(int)
        if name == "astype":
            return Builtin(name, self._astype)
        if name == "reshape":
            return Builtin(name, self._reshape)
        return UNKNOWN

    def item(self, interp: InterpreterApi, index: Value) -> Value:
        """`a[index]` where it raises on an empty one-dimensional array: the item of the array of rows."""
        parts = index.items if isinstance(index, Sequence) and index.kind == "tuple" else (index,)
        if self.rows is None or parts is None or not all(_int(p) or _slice(p) for p in parts):
            return UNKNOWN
        return self.rows.item(interp, index) if len(parts) > 1 or _int(parts[0]) else UNKNOWN

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Two arrays of unknown shape: the dtype where both have it, the rows where both have them."""
        from ..joins import join

        if not isinstance(other, ShapelessArray):
            return UNKNOWN
        if self.dtype == other.dtype and self.rows is other.rows:
            return self
        rows = join(self.rows, other.rows, symbols) if self.rows is not None and other.rows is not None else None
        kept = rows if isinstance(rows, numpy_model.NdArray) else None
        return ShapelessArray(self.dtype if self.dtype == other.dtype else None, kept)

    def _astype(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        dtype = numpy_model._dtype(interp, args[0], None) if len(args) == 1 and not kwargs else None
        return ShapelessArray(dtype) if dtype is not None else UNKNOWN

    def _reshape(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if kwargs or not args or self.dtype is None:
            return UNKNOWN
        given = args[0] if len(args) == 1 and isinstance(args[0], Sequence) else Sequence(tuple(args), "tuple")
        sizes = _given_sizes(given)
        return numpy_model.empty_array(interp, sizes, self.dtype) if sizes is not None else UNKNOWN


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


def _int(part: Value) -> bool:
    return (isinstance(part, Const) and type(part.value) is int) or isinstance(part, SymDim)


def _slice(part: Value) -> bool:
    return isinstance(part, Const) and isinstance(part.value, slice)


def array(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.array(data, dtype=None)`: the array numpy_model builds, else one of unknown shape."""
    build = numpy_model.MEMBERS["array"].function
    built = build(interp, args, kwargs, node)
    if built is not UNKNOWN or len(args) != 1 or set(kwargs) - {"dtype"}:
        return built
    dtype = numpy_model._dtype(interp, kwargs.get("dtype"), None)
    if dtype is None and "dtype" in kwargs:
        return UNKNOWN
    rows = _rows(interp, build, args[0], kwargs, node)
    if rows is not None and rows.probe.dim() == 1:  # numbers: as many as the list has, none for an empty one
        return rows
    return ShapelessArray(dtype, rows)


def _rows(interp: InterpreterApi, build: Any, data: Value, kwargs: dict[str, Value], node: ast.AST) -> Any:
    """The array `np.array` builds of `data`, a list of unknown length, when it is not empty (of numbers: also when
    it is); None where that is not known."""
    if not (
        isinstance(data, Sequence) and data.kind in ("list", "tuple") and data.items is None and data.length is None
    ):
        return None
    try:
        length = interp.symbols.named_unknown(None)
    except SymbolsDeferred:
        return None
    rows = build(interp, [replace(data, length=length)], kwargs, node)
    return rows if isinstance(rows, numpy_model.NdArray) else None


def filled(shape: Value, dtype: Any) -> Value:
    """`np.zeros(shape, dtype)` (or `ones`, `empty`) of ints whose count is not known: an array of unknown shape;
    UNKNOWN for any other shape."""
    if isinstance(shape, Sequence) and shape.kind in ("tuple", "list") and shape.items is None:
        return ShapelessArray(dtype) if is_int(shape.element) else UNKNOWN
    return UNKNOWN


def _loadtxt(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.loadtxt(fname, dtype=float, ...)`: an array of unknown shape, float64 unless a dtype is given."""
    given = args[1] if len(args) > 1 else kwargs.get("dtype")
    dtype = numpy_model._dtype(interp, given, interp.torch.float64)
    return ShapelessArray(dtype) if dtype is not None else UNKNOWN


MEMBERS: dict[str, Value] = {"array": Builtin("array", array), "loadtxt": Builtin("loadtxt", _loadtxt)}
