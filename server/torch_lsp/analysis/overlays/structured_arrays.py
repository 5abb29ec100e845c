"""Numpy structured arrays (arrays of records): `np.dtype([('s', np.float64, (4, 96, 96)), ('r', np.float64)])`
names fields, each of a dtype and a sub-shape (none for a scalar field), and `np.empty(n, dtype=...)` (also
`np.zeros`, `np.ones`, given such a dtype or its list of fields) holds `n` records. Indexing one by a field's name
gives the array of that field: the records' shape followed by the field's sub-shape, in the field's dtype; an
index, slice, int array or mask over the records gives the structured array of the records it picks (one record,
a `numpy.void`, is not modelled). Writing records (`buffer[i] = (s, a, logp)`) changes items, never the shape.
A sub-shape given as one int is `(n,)`, except 1, which numpy before 2.0 read as a scalar field: not modelled."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any, ClassVar

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..joins import join, same_dim
from ..symbols import Symbols, SymbolsDeferred
from ..values import UNKNOWN, Const, Modelled, Sequence, SymDim, TensorValue, Value
from . import numpy_model
from .numpy_model import NdArray

Field = tuple[Any, tuple[Any, ...]]  # the torch dtype equivalent to the field's dtype (None: not modelled), sub-shape


@dataclass(frozen=True, eq=False)
class StructuredDtype(Modelled):
    """A numpy structured dtype: its fields by name."""

    fields: dict[str, Field]
    instance_of: ClassVar[str] = "numpy.dtype"

    def same(self, other: StructuredDtype) -> bool:
        """Whether both have the same fields, of the same dtypes and sub-shapes."""
        return self.fields.keys() == other.fields.keys() and all(
            _same_field(field, other.fields[name]) for name, field in self.fields.items()
        )


@dataclass(frozen=True, eq=False)
class StructuredArray(Modelled):
    """An array of records of `dtype`; `records` is a meta tensor of the records' shape (its dtype means nothing)."""

    records: Any
    dtype: StructuredDtype
    instance_of: ClassVar[str] = "numpy.ndarray"

    def member(self, name: str) -> Value:
        """`a.shape`, `a.ndim` and `a.size`, of the records; `a.dtype`."""
        if name in ("shape", "ndim", "size"):
            return NdArray(self.records).member(name)
        return self.dtype if name == "dtype" else UNKNOWN

    def item(self, interp: InterpreterApi, index: Value) -> Value:
        """`a['s']`: the field's array; `a[i:j]`, `a[ints]`, `a[mask]`: the records picked, still structured."""
        if isinstance(index, Const) and isinstance(index.value, str):
            return _field_array(interp, self.records, self.dtype.fields.get(index.value))
        picked = NdArray(self.records).item(interp, index)
        if not isinstance(picked, NdArray) or picked.probe.dim() == 0:
            return UNKNOWN
        return StructuredArray(picked.probe, self.dtype)

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Arrays of one dtype join as tensors do: the record counts that differ become symbolic or unknown."""
        if not (isinstance(other, StructuredArray) and self.dtype.same(other.dtype)):
            return UNKNOWN
        joined = join(TensorValue(self.records, "cpu", ()), TensorValue(other.records, "cpu", ()), symbols)
        return StructuredArray(joined.probe, self.dtype) if isinstance(joined, TensorValue) else UNKNOWN


def _same_field(a: Field, b: Field) -> bool:
    return a[0] == b[0] and len(a[1]) == len(b[1]) and all(same_dim(x, y) for x, y in zip(a[1], b[1], strict=True))


def _field_array(interp: InterpreterApi, records: Any, field: Field | None) -> Value:
    if field is None or field[0] is None:
        return UNKNOWN
    try:
        return NdArray(interp.calls.empty([*records.shape, *field[1]], field[0]))
    except SymbolsDeferred:
        return UNKNOWN


def structured_dtype(interp: InterpreterApi, value: Value) -> StructuredDtype | None:
    """The structured dtype a dtype argument gives: a `np.dtype(fields)`, or the list of `(name, dtype[, shape])`
    fields itself; None for any other."""
    if isinstance(value, StructuredDtype):
        return value
    if not (isinstance(value, Sequence) and value.kind == "list" and value.items):
        return None
    fields: dict[str, Field] = {}
    for entry in value.items:
        parts = entry.items if isinstance(entry, Sequence) and entry.kind == "tuple" else None
        if parts is None or len(parts) not in (2, 3) or not isinstance(parts[0], Const):
            return None
        name = parts[0].value
        if not isinstance(name, str) or name in fields:
            return None
        shape = _sub_shape(parts[2]) if len(parts) == 3 else ()
        dtype = numpy_model._dtype(interp, parts[1], None)
        fields[name] = (dtype if shape is not None else None, shape or ())
    return StructuredDtype(fields)


def _sub_shape(value: Value) -> tuple[Any, ...] | None:
    """A field's sub-shape: a tuple of ints (known or symbolic), or one known int other than 1."""
    if isinstance(value, Const) and type(value.value) is int:
        return (value.value,) if value.value >= 0 and value.value != 1 else None
    items = value.items if isinstance(value, Sequence) and value.kind == "tuple" else None
    if items is None:
        return None
    sizes = [i.value for i in items if isinstance(i, SymDim) or (isinstance(i, Const) and type(i.value) is int)]
    return tuple(sizes) if len(sizes) == len(items) and all(not isinstance(s, int) or s >= 0 for s in sizes) else None


def _np_dtype(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.dtype(fields)` of a list of fields; of another dtype, numpy_model's dtype object."""
    if len(args) != 1 or kwargs:
        return UNKNOWN
    found = structured_dtype(interp, args[0])
    return found if found is not None else numpy_model.dtype_object(interp, args[0])


def _records(name: str) -> Builtin:
    """`np.empty` / `np.zeros` / `np.ones` (`name`): of a structured dtype, an array of records of that shape; of
    another dtype, numpy_model's array."""
    plain = numpy_model.MEMBERS[name]
    assert isinstance(plain, Builtin)

    def records(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        names = ("shape", "dtype")
        bound = {**dict(zip(names, args, strict=False)), **kwargs}
        dtype = structured_dtype(interp, bound["dtype"]) if "dtype" in bound else None
        if dtype is None:
            return plain.function(interp, args, kwargs, node)
        if len(args) > 2 or set(kwargs) - set(names) or set(kwargs) & set(names[: len(args)]):
            return UNKNOWN
        sizes = numpy_model._sizes(interp, bound.get("shape", UNKNOWN))
        if sizes is None:
            return UNKNOWN
        try:
            return StructuredArray(interp.calls.empty(sizes, interp.torch.bool), dtype)
        except SymbolsDeferred:
            return UNKNOWN

    return Builtin(name, records)


MEMBERS: dict[str, Value] = {
    "dtype": Builtin("dtype", _np_dtype),
    **{name: _records(name) for name in ("empty", "zeros", "ones")},
}
