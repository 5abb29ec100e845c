"""`torch.tensor(data)` where `data` is nested lists, tuples and deques of numbers the engine does not know exactly:
some numbers are unknown (`[stoi[c] for c in text]`), or some lists have an unknown length. The shape follows
from the nesting, one size per level, and the dtype from the numbers' kinds (int, float, bool; numbers that may
be ints or floats need an explicit dtype); the contents stay unknown. The legacy constructors
(`torch.LongTensor(xs)`) given one list or tuple read it as data the same way, with their own dtype.

Each level's size is the length of its lists: a known length, a size the engine named (the rows of a
`zip(*rows)` column), or else a size nothing is known of (`?`). torch raises unless all lists of one level have
the same length, so one size per level is sound. A list that may be empty (neither its length nor its first items
known) has a known rank only at the innermost level: `torch.tensor([])` has shape `[0]` whatever nesting a non-empty
list would have had. A numpy array or scalar among the data is a block of numbers of its shape whose dtype no Python
number has: the tensor's dtype must be given (a legacy constructor's is its own).
A tensor among the data torch reads is one number (torch raises unless it holds one element): an int64 one an int, a
bool one a bool, any other one a number of its dtype (the dtype must be given); torch raises at a None among them."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

import torch

from .interp_api import InterpreterApi
from .joins import same_dim
from .legacy_tensors import tensor_type
from .optional_values import MaybeNone
from .symbols import SymbolsDeferred
from .values import REAL, UNKNOWN, Const, Range, Scalar, Sequence, SymDim, TensorValue, TorchRef, Value

_UNKNOWN_SIZE = None  # a level whose lists' length is not known
_TENSOR_KINDS = {torch.int64: int, torch.bool: bool}  # the Python number whose dtype a one-element tensor's is


@dataclass(frozen=True)
class _Nesting:
    """What the engine knows of nested data: a size per level (an int, a torch.SymInt or `_UNKNOWN_SIZE`), one
    number of each kind found at the innermost level, whether anything is unknown (`open`) and whether numpy arrays
    hold some of the numbers (`arrays`: numbers of the arrays' dtype, of no Python kind, are REAL)."""

    sizes: tuple[Any, ...]
    kinds: tuple[type, ...]
    open: bool
    arrays: bool = False


def tensor_of_unknown_numbers(
    interp: InterpreterApi, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value | None:
    """The tensor `torch.tensor(data)` / `torch.as_tensor(data)` builds when `data` holds unknown numbers or lists of
    unknown length; None for any other call (UNKNOWN when the data's shape cannot be known)."""
    torch = interp.torch
    data = len(args) == 1 and isinstance(args[0], (Sequence, Range)) and getattr(args[0], "kind", None) != "size"
    legacy = tensor_type(torch, ref) is not None and data
    if not (legacy or ref.obj in (torch.tensor, torch.as_tensor)) or not args:
        return None
    nesting = _nesting(args[0], by_torch=True)
    if nesting is None or not nesting.open:
        return None
    if REAL in nesting.kinds and "dtype" not in kwargs and not legacy:  # ints: int64, floats: float32
        return None if nesting.arrays else UNKNOWN  # arrays with no dtype given: tensor_from_array's
    value = interp.calls.call_ref(ref, [_representative(nesting), *args[1:]], kwargs, node)
    if not isinstance(value, TensorValue):
        return value
    try:
        probe = interp.calls.empty(_sizes(interp, nesting), value.probe.dtype)
    except SymbolsDeferred:
        return UNKNOWN
    return TensorValue(probe, value.device, value.origin, value.checked_on, value.defined_at, dtypes=value.dtypes)


def open_data_shape(interp: InterpreterApi, data: Value) -> tuple[list[Any], tuple[type, ...]] | None:
    """The sizes (a level of unknown length as a size nothing is known of) and the kinds of numbers of nested
    data that holds unknown numbers or lists of unknown length (`np.array([stoi[c] for c in text])`); None for
    other data. Raises SymbolsDeferred when a size cannot be made yet."""
    nesting = _nesting(data)
    if nesting is None or not nesting.open:
        return None
    return _sizes(interp, nesting), nesting.kinds


def _sizes(interp: InterpreterApi, nesting: _Nesting) -> list[Any]:
    return [interp.symbols.named_unknown(None) if size is _UNKNOWN_SIZE else size for size in nesting.sizes]


def _nesting(value: Value, by_torch: bool = False) -> _Nesting | None:
    """The nesting of data made of numbers (read `by_torch`: tensors among them, and values that may be None, where
    torch raises); None when it is not (a string, something unknown) or when its rank depends on whether some list
    is empty."""
    if by_torch and isinstance(value, MaybeNone):
        return _nesting(value.value, by_torch)
    if isinstance(value, TensorValue):
        return _Nesting((), (_TENSOR_KINDS.get(value.probe.dtype, REAL),), False) if by_torch else None
    if isinstance(value, Const) and type(value.value) in (int, float, bool):
        return _Nesting((), (type(value.value),), False)
    if isinstance(value, Scalar) and value.kind in (int, float, bool, REAL):
        return _Nesting((), (value.kind,), True)
    if isinstance(value, SymDim):
        return _Nesting((), (int,), not isinstance(value.value, int))
    block = _array_shape(value)
    if block is not None:  # numbers in a block of its shape, of its dtype (which no kind of Python number gives)
        return _Nesting(block, (REAL,), True, True)
    if isinstance(value, Range) and value.enumerates is None:  # `range(n)`: n ints, however many that is
        inner = _nesting(value.element, by_torch)
        if inner is None or inner.sizes:
            return None
        return _Nesting((value.length if value.length is not None else _UNKNOWN_SIZE,), inner.kinds, True, inner.arrays)
    if not (isinstance(value, Sequence) and value.kind in ("list", "tuple", "deque")):  # torch reads any sequence
        return None
    if value.items is None:
        inner = _nesting(value.element, by_torch)
        if inner is None or (value.length is None and not value.prefix and inner.sizes):
            return None  # only an innermost list may be empty: above it, an empty list would lower the rank
        size = value.length if value.length is not None else _UNKNOWN_SIZE
        return _Nesting((size, *inner.sizes), inner.kinds, True, inner.arrays)
    if not value.items:
        return _Nesting((0,), (), False)
    rows = [_nesting(item, by_torch) for item in value.items]
    first = rows[0]
    if first is None or any(row is None or len(row.sizes) != len(first.sizes) for row in rows):
        return None
    sizes = []
    for level in zip(*(row.sizes for row in rows if row is not None), strict=True):
        size = _common_size(level)
        if size is False:
            return None
        sizes.append(size)
    kinds = tuple(dict.fromkeys(kind for row in rows if row is not None for kind in row.kinds))
    opened = any(row is not None and row.open for row in rows)
    return _Nesting((len(value.items), *sizes), kinds, opened, any(row is not None and row.arrays for row in rows))


def _array_shape(value: Value) -> tuple[Any, ...] | None:
    """The shape of a numpy array (a numpy scalar is a 0-d one); None for any other value."""
    from .overlays.numpy_model import NdArray  # the numpy model reads nested data through this module

    return tuple(value.probe.shape) if isinstance(value, NdArray) else None


def _common_size(sizes: tuple[Any, ...]) -> Any:
    """The one size lists of a level can share: a known one where some is known (False when two known ones
    differ: torch raises), else `_UNKNOWN_SIZE`."""
    known = [size for size in sizes if size is not _UNKNOWN_SIZE]
    if not known:
        return _UNKNOWN_SIZE
    if any(not same_dim(size, known[0]) for size in known[1:]):
        return False
    return known[0]


def _representative(nesting: _Nesting) -> Value:
    """Data of the same rank and kinds of numbers: one item per level, and one number of each kind innermost."""
    numbers = tuple(Const(float(1) if kind is REAL else kind(1)) for kind in nesting.kinds)
    if not nesting.sizes:
        return numbers[0]
    data: Value = Sequence(numbers, "list")
    for _ in nesting.sizes[1:]:
        data = Sequence((data,), "list")
    return data
