"""`np.array(items, dtype=object)` of a list or tuple of n items: whatever the items (lists of different lengths
give one dimension of n objects, equal ones more dimensions), its first dimension has the n items, so `len` is n,
and a slice or an index array of ints or bools as the whole index (`sentences[idx_sort]`, `sentences[i:i + k]`)
keeps a first dimension as numpy's indexing of that dimension gives. Its rank, its other sizes and its items are
not known."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any, ClassVar

from ..callables import Builtin
from ..concrete import size_value
from ..interp_api import InterpreterApi
from ..joins import same_dim
from ..symbols import Symbols, SymbolsDeferred
from ..values import UNKNOWN, Const, Instance, Modelled, Sequence, Value
from . import shapeless_arrays
from .numpy_model import NdArray


@dataclass(frozen=True, eq=False)
class ObjectArray(Modelled):
    """An object array whose first dimension is the one dimension of `probe` (a meta tensor)."""

    probe: Any
    instance_of: ClassVar[str] = "numpy.ndarray"

    def length(self) -> Value:
        """`len(a)`: the size of its first dimension."""
        return size_value(self.probe.shape[0])

    def item(self, interp: InterpreterApi, index: Value) -> Value:
        """`a[index]` for a slice or an index array: its first dimension as the one-dimensional probe's gives."""
        whole = isinstance(index, Const) and isinstance(index.value, slice)
        if not (whole or (isinstance(index, NdArray) and index.probe.dim() > 0)):
            return UNKNOWN
        picked = NdArray(self.probe).item(interp, index)
        if not isinstance(picked, NdArray) or picked.probe.dim() == 0:
            return UNKNOWN
        return _first_dimension(interp, picked.probe.shape[0])

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Two object arrays of the same first dimension."""
        if isinstance(other, ObjectArray) and same_dim(self.probe.shape[0], other.probe.shape[0]):
            return self
        return UNKNOWN


def _first_dimension(interp: InterpreterApi, size: Any) -> Value:
    try:
        return ObjectArray(interp.calls.empty([size], interp.torch.int8))
    except SymbolsDeferred:
        return UNKNOWN


def _count(data: Value) -> Any:
    """How many items a list or tuple holds (an int or a size); None where not known."""
    if not (isinstance(data, Sequence) and data.kind in ("list", "tuple")):
        return None
    if data.items is not None:
        return len(data.items)
    return data.length


def _is_object(dtype: Value) -> bool:
    """Python's `object` or numpy's name for it (`"O"`, `"object"`)."""
    if isinstance(dtype, Instance):
        return dtype.qualname == "builtins.object"
    return isinstance(dtype, Const) and dtype.value in ("O", "object")


def _array(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.array(items, dtype=object)`; other calls as shapeless_arrays builds them."""
    if len(args) == 1 and set(kwargs) == {"dtype"} and _is_object(kwargs["dtype"]):
        count = _count(args[0])
        return _first_dimension(interp, count) if count is not None else UNKNOWN
    return shapeless_arrays.array(interp, args, kwargs, node)


MEMBERS: dict[str, Value] = {"array": Builtin("array", _array)}
