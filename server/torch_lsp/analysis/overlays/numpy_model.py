"""`numpy` arrays as far as they feed tensors: an array's shape and dtype are carried by a meta tensor of the
equivalent torch dtype (numpy's defaults: float64 for floats, int64 for ints), built by `np.array` / `np.asarray`
from nested lists (whose numbers may be unknown), `np.ones` / `np.zeros` / `np.empty`, and kept by the
shape-preserving functions (`np.triu`, `np.sin`, ...); `np.diag` gives the diagonal it takes or builds; indexing,
`reshape`, `ravel`, `.T` and `np.expand_dims` follow torch's rules, which numpy's agree with there.
`torch.from_numpy`, `torch.tensor` and the legacy constructors (`torch.FloatTensor(a)`, also over a list of equal
arrays) turn one into a tensor. Assigning into an array (`a[:, 0::2] = ...`) never changes its shape or dtype.
Numbers given to numpy's math functions fold as Python's `math` does. The functions that lay out grids (`np.arange`,
`np.meshgrid`, the stacking, joining and splitting functions, `np.tile`, `np.repeat`), arithmetic and matrix
products (`@`, `np.matmul`, `np.dot` up to two dimensions or with a 1-d operand) between arrays run torch's
equivalent on the probes, with numpy's dtype rules (an array and a number that may be a Python number or a numpy
scalar give an array of the dtypes either would, see mixed_arrays); comparisons give bool arrays of the broadcast
shape; a 1-d int array made from sizes keeps its items until it may have been changed in place, so
`np.array(x.shape[2:])[1]` is still a size.
`np.frombuffer` and `np.fromstring` (text mode) give one dimension (of a length unknown unless `count` is given),
whose items are numpy integers where the dtype is one (an int where a size is read), and splitting along a
dimension of unknown length gives parts of unknown length. `np.random.permutation` shuffles, a
`np.random.RandomState(seed)` samples as np.random does, `np.sort` / `np.argsort` keep the shape (flattened for
axis=None), `np.round` the shape and dtype, `np.linalg`'s decompositions and inverses the arrays torch.linalg's
give, and a tensor indexed by an int or bool array is indexed by the tensor torch makes of it. `np.isin` gives a
bool array of its first argument's shape; `np.where(c, x, y)` the broadcast shape, in the result dtype of x and y;
an array indexed by a bool mask keeps as many items as the data says.
`np.atleast_1d`, `np.atleast_2d` and `np.atleast_3d` add dimensions of size 1 as torch's functions of those names
do; `np.ascontiguousarray` and `np.asfortranarray` are `np.asarray` of at least one dimension. `np.squeeze`
drops axes of size 1 (the axes it is given must be of size 1). `np.dtype(name)` is the dtype it names, and so is an
array's `a.dtype`, whose `str` and `.name` are that name; `np.diff` has `n` items fewer along its axis.
`a.item()` is one Python number of the array's kind. `np.ndarray` is the class of the arrays, which
`isinstance(x, np.ndarray)` and `type(x) == np.ndarray` tell where x's type is known (see instance_checks)."""

from __future__ import annotations

import ast
import math
import operator
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from ..callables import Builtin
from ..folding import fold
from ..index_stand_ins import int_stand_ins, opened_slices
from ..instance_checks import AbstractCollection
from ..int_facts import bounded_list, int_value
from ..interp_api import InterpreterApi
from ..joins import number_kind, same_dim
from ..legacy_tensors import tensor_type
from ..listed_numbers import listed_numbers
from ..symbols import Symbols, SymbolsDeferred
from ..unknown_numbers import open_data_shape
from ..values import (
    REAL,
    UNKNOWN,
    Const,
    Literal,
    Modelled,
    Range,
    Scalar,
    Sequence,
    SymDim,
    TensorValue,
    TorchRef,
    Value,
)
from ..windows import exact_windows
from .mixed_arrays import MixedArray, each_dtype, holds_mixed, joined_array, per_dtype
from .number_limits import numpy_limits
from .random import bounded_int, int_between
from .submodules import Submodule
from .text_arrays import TextArray, is_text, text_items

_SHAPE_KINDS = ("list", "tuple", "size")  # a shape argument: a torch.Size is a tuple too
MAX_SPLIT_PARTS = 256  # `np.split` into more parts gives no value: its list is kept item by item


@dataclass(frozen=True, eq=False)
class NdArray(Modelled):
    """A numpy array: `probe` is a meta tensor with its shape and the torch dtype equivalent to its dtype."""

    probe: Any
    known: tuple[Value, ...] | None = None  # the items of a 1-d int array when it was made (from a shape, say)
    memory: tuple[Literal, ...] = ()  # the buffers it shares: `known` holds while nothing changed them
    bounds: tuple[Any, Any] | None = None  # every item lies in [lower, upper] (`np.random.randint`), while unchanged
    instance_of: ClassVar[str] = "numpy.ndarray"

    @property
    def values(self) -> tuple[Value, ...] | None:
        """The items, while nothing may have changed them in place."""
        return self.known if self.known is not None and all(m.intact for m in self.memory) else None

    @property
    def value_bounds(self) -> tuple[Any, Any] | None:
        """The bounds of every item, while nothing may have changed them in place."""
        return self.bounds if self.bounds is not None and all(m.intact for m in self.memory) else None

    def literals(self) -> tuple[Literal, ...]:
        """The buffers whose items change when this array is changed in place."""
        return self.memory

    def view(self, probe: Any) -> NdArray:
        """An array of shape `probe` sharing this one's buffer (a reshape, a transpose, an index)."""
        return NdArray(probe, None, self.memory, self.bounds)

    def member(self, name: str) -> Any:
        """`a.shape`, `a.ndim`, `a.dtype`, `a.size` (its number of items), `a.T`, `a.real`, `a.imag` and the methods
        that convert, copy or reshape an array."""
        if name == "shape":
            return Sequence(tuple(_size_value(d) for d in self.probe.shape))
        if name == "ndim":
            return Const(self.probe.dim())
        if name == "dtype":
            return DtypeObject(str(self.probe.dtype).removeprefix("torch."))
        if name == "size":
            return _size_value(self.probe.numel())
        if name == "T":
            return self.view(self.probe.permute(*reversed(range(self.probe.dim()))))
        if name in ("real", "imag"):
            return self._part(name)
        methods = {
            "astype": self._astype,
            "reshape": self._reshape,
            "ravel": self._ravel,
            "flatten": self._ravel,
            "copy": self._copy,
            "clip": self._clip,
            "transpose": self._transpose,
            "squeeze": self._squeeze,
            "repeat": lambda interp, args, kwargs, node: _repeat(interp, [self, *args], kwargs, node),
            "argmax": self._arg_extreme,
            "argmin": self._arg_extreme,
            "argsort": lambda interp, args, kwargs, node: _argsort(interp, [self, *args], kwargs, node),
            "dot": lambda interp, args, kwargs, node: _np_dot(interp, [self, *args], kwargs, node),
            **{reduction: _method_reduction(reduction, self) for reduction in _REDUCTIONS},
            "cumsum": lambda interp, args, kwargs, node: _accumulated(interp, self, args, kwargs),
            "cumprod": lambda interp, args, kwargs, node: _accumulated(interp, self, args, kwargs),
            "tolist": self._tolist,
            "item": self._one_number,
            "nonzero": lambda interp, args, kwargs, node: _where(interp, [self, *args], kwargs, node),
        }
        if name in methods:
            return Builtin(name, methods[name])
        for buffer in self.memory:  # an unmodelled method (`a.fill`, `a.sort`) may change the items in place
            buffer.intact = False
        return UNKNOWN

    def _part(self, name: str) -> NdArray:
        """`a.real` / `a.imag`: of a complex array, a view of that part in the float dtype of its half width; of a
        real array, the array itself / a new array of zeros like it."""
        if self.probe.is_complex():
            return self.view(getattr(self.probe, name))
        return self.view(self.probe) if name == "real" else NdArray(self.probe)

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Arrays of one rank join as tensors do: the sizes that differ become symbolic or unknown; floating arrays
        whose dtypes differ give an array whose dtype is not known (see mixed_arrays)."""
        if isinstance(other, MixedArray):
            return other.join(self, symbols)
        if not isinstance(other, NdArray):
            return UNKNOWN
        tensors = TensorValue(self.probe, "cpu", ()), TensorValue(other.probe, "cpu", ())
        return joined_array(*tensors, self.memory + other.memory, symbols)

    def _astype(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.astype(np.float32)`: the same shape in that dtype."""
        dtype = _dtype(interp, args[0], None) if len(args) == 1 and not kwargs else None
        return empty_array(interp, list(self.probe.shape), dtype) if dtype is not None else UNKNOWN

    def _arg_extreme(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.argmax(axis=k)` / `a.argmin(k, keepdims=True)`: int64 indices, the axis removed (kept as 1 with
        keepdims); without an axis numpy gives one number, not an array."""
        axis = args[0] if args else kwargs.get("axis")
        keep = kwargs.get("keepdims", Const(False))
        if len(args) > 1 or set(kwargs) - {"axis", "keepdims"} or (args and "axis" in kwargs):
            return UNKNOWN
        if not (isinstance(axis, Const) and type(axis.value) is int and isinstance(keep, Const)):
            return UNKNOWN
        if type(keep.value) is not bool:
            return UNKNOWN
        probe, dim, keepdim = self.probe, axis.value, keep.value
        return _indexed(interp, lambda: probe.argmax(dim=dim, keepdim=keepdim))

    def _reshape(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.reshape(2, 3)` / `a.reshape((2, -1))` (torch's rules, numpy's default order); over symbolic sizes, a
        size inferred with -1 only where torch infers it for every value of the symbols (no guard decided on a
        probe value)."""
        if kwargs or not args:
            return UNKNOWN
        given = args[0] if len(args) == 1 else Sequence(tuple(args))
        shape = known_ints(given)
        if shape is not None and all(isinstance(d, int) for d in self.probe.shape):
            return _indexed(interp, lambda: self.probe.reshape(shape), self)
        symbolic = given_sizes(given)
        if symbolic is None or any(isinstance(d, int) and d < -1 for d in symbolic) or symbolic.count(-1) > 1:
            return UNKNOWN
        symbols = interp.symbols
        mark, guards = symbols.replacement_mark(), symbols.guard_mark()
        reshaped = _indexed(interp, lambda: self.probe.reshape(symbolic), self)
        if symbols.undo_specialisations(mark, guards) or symbols.guarded_since(guards):
            return UNKNOWN
        return reshaped

    def _transpose(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.transpose()` reverses the axes; `a.transpose((1, 0, 2))` / `a.transpose(1, 0, 2)` permutes them."""
        if kwargs:
            return UNKNOWN
        axes = known_ints(args[0] if len(args) == 1 else Sequence(tuple(args))) if args else None
        if args and axes is None:
            return UNKNOWN
        order = axes if axes is not None else list(reversed(range(self.probe.dim())))
        return _indexed(interp, lambda: self.probe.permute(*order), self)

    def _squeeze(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.squeeze()` drops every axis of size 1; `a.squeeze(k)` / `a.squeeze((0, 2))` drops those axes, which
        numpy requires to be of size 1 (it raises on another size, where torch keeps the axis); unknown where a size
        that decides it is not a known number."""
        if len(args) > 1 or set(kwargs) - {"axis"} or (args and kwargs):
            return UNKNOWN
        axis = args[0] if args else kwargs.get("axis", Const(None))
        shape, rank = list(self.probe.shape), self.probe.dim()
        if isinstance(axis, Const) and axis.value is None:
            if not all(isinstance(size, int) for size in shape):
                return UNKNOWN
            return _indexed(interp, self.probe.squeeze, self)
        axes = known_ints(axis)
        if axes is None or not all(-rank <= a < rank for a in axes):
            return UNKNOWN
        dims = sorted({a % rank for a in axes})
        if len(dims) != len(axes) or any(not (isinstance(shape[d], int) and shape[d] == 1) for d in dims):
            return UNKNOWN
        return _indexed(interp, lambda: self.probe.squeeze(tuple(dims)), self)

    def _ravel(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.ravel()` / `a.flatten()`: one dimension of all the elements."""
        if args or kwargs:
            return UNKNOWN
        return _indexed(interp, lambda: self.probe.reshape(-1), self)

    def _clip(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.clip(min, max)`: as `np.clip(a, min, max)`."""
        bounds = _clip_bounds(args, kwargs, node, ("min", "max"), 0)
        return _clipped(interp, self, bounds) if bounds is not None else UNKNOWN

    def _tolist(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.tolist()` of an int array known by bounds (`np.random.randint(n - 8, size=4).tolist()`): nested lists of
        ints, each its own within the bounds; of another array, nested lists of numbers of its kind."""
        if args or kwargs:
            return UNKNOWN
        bounds = self.value_bounds if _kind(self.probe.dtype) == "int" else None
        listed = bounded_list(interp, tuple(self.probe.shape), *bounds) if bounds else None
        if listed is not None:
            return listed
        return listed_numbers(self.probe.dtype, tuple(self.probe.shape), interp.symbols.surely_positive)

    def _one_number(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.item()` / `a.item(k)`: one Python number of the array's kind (numpy raises unless an array given no
        index has one item), that item where the items are known."""
        if kwargs:
            return UNKNOWN
        values = self.values
        if not args and values is not None and len(values) == 1:
            return values[0]
        return listed_numbers(self.probe.dtype, (), interp.symbols.surely_positive)

    def _copy(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.copy()`: the same shape and dtype."""
        return self if not args and not kwargs else UNKNOWN

    def item(self, interp: InterpreterApi, index: Any) -> Any:
        """`a[index]` for ints, slices, None, `...` and a list or array of ints: numpy's basic indexing and its
        indexing by one integer list or array agree with torch's, so the meta tensor is indexed the same way; an
        int the engine does not know picks one item of its axis as 0 does, and a slice whose bounds are not known
        gives a size nothing is known of on its axis."""
        value = self._item(interp, index)
        opened = opened_slices(index, self.probe.dim()) if value is UNKNOWN else None
        if opened is None:
            return value
        wide = self._item(interp, opened[0])
        if not isinstance(wide, NdArray):
            return UNKNOWN
        shape = list(wide.probe.shape)
        try:
            for dim in opened[1]:
                shape[dim] = interp.symbols.unknown()
            return self.view(interp.calls.empty(shape, wide.probe.dtype))
        except SymbolsDeferred:
            return UNKNOWN

    def _masked(self, interp: InterpreterApi, mask: NdArray) -> Value:
        """`a[mask]` with a bool array as the whole index: the items (or rows) where the mask is true, as many as
        the data says, so one dimension of unknown length in place of the mask's; numpy refuses a mask whose shape
        is not the leading one of `a`, so where a size is not known, what follows is that they matched."""
        kept = mask.probe.dim()
        leading = zip(self.probe.shape[:kept], mask.probe.shape, strict=False)
        if kept == 0 or kept > self.probe.dim() or any(interp.symbols.surely_differ(a, b) for a, b in leading):
            return UNKNOWN
        try:
            shape = [interp.symbols.named_unknown(None), *self.probe.shape[kept:]]
            return NdArray(interp.calls.empty(shape, self.probe.dtype))
        except SymbolsDeferred:
            return UNKNOWN

    def _item(self, interp: InterpreterApi, index: Any) -> Any:
        torch = interp.torch
        if self.values is not None and isinstance(index, Const) and type(index.value) is int:
            return self.values[index.value] if -len(self.values) <= index.value < len(self.values) else UNKNOWN
        bounds = self.value_bounds
        if bounds is not None and self.probe.dim() == 1 and isinstance(index, Const) and type(index.value) is int:
            return int_between(interp, *bounds)
        if isinstance(index, NdArray) and index.probe.dtype == torch.bool:
            return self._masked(interp, index)
        picked = int_stand_ins(index) or index
        parts = picked.items if isinstance(picked, Sequence) and picked.kind == "tuple" else (picked,)
        if parts is None:
            return UNKNOWN
        indices: list[Any] = []
        for given in parts:
            part = _forwards(given)
            if part is None:
                return UNKNOWN  # numpy walks backwards where torch refuses the step
            nested = _nested(part) if isinstance(part, Sequence) and part.kind == "list" else None
            if isinstance(part, Const) and (
                part.value is None
                or part.value is Ellipsis
                or isinstance(part.value, slice)
                or (isinstance(part.value, int) and not isinstance(part.value, bool))
            ):
                indices.append(part.value)
            elif nested is not None and len(nested[0]) == 1 and nested[1] == {int}:
                indices.append(torch.zeros(nested[0], dtype=torch.int64, device="meta"))
            elif isinstance(part, NdArray) and _kind(part.probe.dtype) == "int":
                indices.append(part.probe)  # `buffer[indexes]`: the index array's shape in place of the axis
            else:
                return UNKNOWN
        indices = _advanced_ints(torch, indices)
        value = _indexed(
            interp, lambda: self.probe[tuple(i.long() if isinstance(i, torch.Tensor) else i for i in indices)], self
        )
        if not isinstance(value, NdArray):
            return value
        exact = exact_windows(interp, TensorValue(self.probe, "cpu", ()), index, TensorValue(value.probe, "cpu", ()))
        return self.view(exact.probe) if isinstance(exact, TensorValue) else value


def _advanced_ints(torch: Any, indices: list[Any]) -> list[Any]:
    """numpy's index parts with ints made index lists of one item where an index list of some dimensions is among
    them: numpy broadcasts such an int with the lists (their dimensions stand together in place of theirs, or first
    where a slice, None or `...` comes between), where torch takes an int as a basic index; torch places several
    index lists as numpy does."""
    if not any(isinstance(i, torch.Tensor) and i.dim() > 0 for i in indices):
        return indices
    one = torch.zeros(1, dtype=torch.int64, device="meta")
    return [one if isinstance(i, int) else i for i in indices]


def _forwards(part: Any) -> Any:
    """An index part with the same size as `part` that torch accepts: `a[::-k]` walks the whole axis backwards,
    as many items as `a[::k]`; None for another slice with a negative step."""
    if not (isinstance(part, Const) and isinstance(part.value, slice) and (part.value.step or 1) < 0):
        return part
    if part.value.start is not None or part.value.stop is not None:
        return None
    return Const(slice(None, None, -part.value.step))


def _indexed(interp: InterpreterApi, view: Callable[[], Any], base: NdArray | None = None) -> Value:
    """The array `view()` makes of a probe (an index or a reshape, whose rules numpy and torch share), sharing
    the buffer of `base` if given; unknown where torch refuses it."""
    try:
        with interp.symbols.mode(), interp.torch.device("meta"):
            probe = view()
            return base.view(probe) if base is not None else NdArray(probe)
    except (IndexError, RuntimeError, ValueError, TypeError, SymbolsDeferred):
        return UNKNOWN


@dataclass(frozen=True, eq=False)
class NumpyDtype(Modelled):
    """A numpy scalar type used as a dtype (`np.float32`); `dtype` names the equivalent torch dtype."""

    dtype: str

    def member(self, name: str) -> Any:
        """Attributes of numpy's scalar types are not modelled."""
        return UNKNOWN

    def call(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """`np.float32(a)`: an array converted to this type keeps its shape; a number becomes a number of its kind;
        a list or tuple is the array `np.array` builds of it, in this type."""
        if len(args) != 1 or kwargs:
            return UNKNOWN
        dtype = getattr(interp.torch, self.dtype)
        (given,) = args
        if isinstance(given, Sequence) and given.kind in ("list", "tuple"):
            given = from_data(interp, given)
        if isinstance(given, (NdArray, MixedArray)):
            return empty_array(interp, list(given.probe.shape), dtype)
        if isinstance(given, (Const, Scalar, SymDim)) and not isinstance(getattr(given, "value", 0), (str, bytes)):
            return Scalar(bool if dtype is interp.torch.bool else float if dtype.is_floating_point else int)
        return UNKNOWN


@dataclass(frozen=True, eq=False)
class DtypeObject(NumpyDtype):
    """`np.dtype('float32')` / `np.dtype(np.uint8)`: the dtype it names; unlike a scalar type it converts nothing."""

    instance_of: ClassVar[str] = "numpy.dtype"

    def member(self, name: str) -> Any:
        """`d.name`: numpy's name of the dtype, which torch's names of the equivalent dtypes agree with."""
        return Const(self.dtype) if name == "name" else UNKNOWN

    def call(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """A dtype object is not callable."""
        return UNKNOWN

    def text(self) -> str:
        """`str(d)` is the dtype's name."""
        return self.dtype


def dtype_object(interp: InterpreterApi, given: Value) -> Value:
    """`np.dtype(given)` of a numpy type, its name or Python's `int` / `float` / `bool`: that dtype."""
    dtype = _dtype(interp, given, None)
    return DtypeObject(str(dtype).removeprefix("torch.")) if dtype is not None else UNKNOWN


def bound_arguments(
    names: tuple[str, ...], args: list[Value], kwargs: dict[str, Value], keywords: tuple[str, ...] | None = None
) -> dict[str, Value] | None:
    """The arguments of a call to a function whose parameters are `names` (those of them in `keywords`, all by
    default, may be given by keyword), by parameter; None when Python would refuse them."""
    allowed = set(names if keywords is None else keywords)
    if len(args) > len(names) or set(kwargs) - allowed or set(kwargs) & set(names[: len(args)]):
        return None
    return {**dict(zip(names, args, strict=False)), **kwargs}


def _size_value(size: Any) -> Any:
    return Const(size) if isinstance(size, int) else SymDim(size)


def _sizes(interp: InterpreterApi, value: Any, source: ast.expr | None = None) -> list[Any] | None:
    """The sizes a shape argument (`n` or `[a, b]`, written as `source`) gives, as ints or symbolic ints; an
    unknown int (a numpy integer among them), or an unknown item of a list or tuple of sizes (numpy raises unless it
    is an int), is a symbol named after the variable it reads (a fresh one otherwise); None when not known."""
    listed = isinstance(value, Sequence) and value.kind in _SHAPE_KINDS
    items = value.items if listed else (value,)
    if items is None:
        return None
    written = source.elts if listed and isinstance(source, (ast.Tuple, ast.List)) else [source] * len(items)
    sources = written if len(written) == len(items) else [None] * len(items)
    sizes = []
    for item, item_source in zip(items, sources, strict=True):
        if isinstance(item, SymDim) or (
            isinstance(item, Const) and isinstance(item.value, int) and not isinstance(item.value, bool)
        ):
            sizes.append(item.value)
        elif (isinstance(item, Scalar) and item.kind is int) or (item is UNKNOWN and listed) or _integer_scalar(item):
            size = interp.unknown_size(item_source)
            if not isinstance(size, SymDim):
                return None
            sizes.append(size.value)
        else:
            return None
    return sizes


def _integer_scalar(value: Value) -> bool:
    """Whether a value is a 0-d array of integers (a numpy integer, `lengths[0]`): an int where a size is read."""
    return isinstance(value, NdArray) and value.probe.dim() == 0 and _kind(value.probe.dtype) == "int"


def given_sizes(value: Value) -> list[Any] | None:
    """The sizes of a shape argument (`n` or `(a, b)`) when each is a known or symbolic int."""
    items = value.items if isinstance(value, Sequence) and value.kind in _SHAPE_KINDS else (value,)
    if items is None or not all(
        isinstance(i, SymDim) or (isinstance(i, Const) and type(i.value) is int) for i in items
    ):
        return None
    return [i.value for i in items if isinstance(i, (Const, SymDim))]


def known_ints(value: Value) -> list[int] | None:
    """The ints of a shape argument (`n` or `(a, b)`) when all are known."""
    items = value.items if isinstance(value, Sequence) and value.kind in _SHAPE_KINDS else (value,)
    if items is None or not all(isinstance(i, Const) and type(i.value) is int for i in items):
        return None
    return [i.value for i in items if isinstance(i, Const)]


def empty_array(interp: InterpreterApi, shape: list[Any], dtype: Any) -> Any:
    """A new array of that shape and (torch) dtype; unknown where its sizes cannot be made symbolic here."""
    try:
        return NdArray(interp.calls.empty(shape, dtype))
    except SymbolsDeferred:
        return UNKNOWN


def from_data(interp: InterpreterApi, data: Any, dtype: Any = None) -> Any:
    """The array `np.array(data)` builds: from an array, nested lists of equal arrays, a number (0-d) or nested
    lists of numbers (of lengths the data may decide: float64 if a float is among them, else int64 or bool; in
    `dtype` when given, so numbers that may be ints or floats are read too)."""
    kinds = {bool, int, float, REAL} if dtype is not None else {bool, int, float}
    if isinstance(data, NdArray):
        return data
    stacked = _stacked_arrays(data)
    if stacked is not None:
        return empty_array(interp, *stacked)
    if isinstance(data, Sequence) and data.items is None and not _holds_iterators(data):
        try:
            found = open_data_shape(interp, data)
        except SymbolsDeferred:
            return UNKNOWN
        if found is None or not set(found[1]) <= kinds:
            return UNKNOWN
        return empty_array(interp, found[0], dtype if dtype is not None else _numbers_dtype(interp, set(found[1])))
    if isinstance(data, (Scalar, SymDim, Const)) or (
        isinstance(data, Sequence) and data.kind in ("list", "tuple", "size") and data.items
    ):
        nested = _nested(data)
        if nested is None or not nested[1] <= kinds:
            return UNKNOWN
        shape = nested[0]
        array = empty_array(interp, shape, dtype if dtype is not None else _numbers_dtype(interp, nested[1]))
        items = data.items if isinstance(data, Sequence) else None
        if isinstance(array, NdArray) and items is not None and len(shape) == 1 and all(map(_is_size, items)):
            return NdArray(array.probe, items, (Literal(None),))
        return array
    return UNKNOWN


def _stacked_arrays(value: Value) -> tuple[list[Any], Any] | None:
    """The shape and dtype of the array numpy stacks from lists, tuples and deques (nested, of a known or a named
    length) whose leaves are arrays of one shape and dtype; None for any other data."""
    if isinstance(value, NdArray):
        return list(value.probe.shape), value.probe.dtype
    if not (isinstance(value, Sequence) and value.kind in ("list", "tuple", "deque")):
        return None
    if value.items is None:
        inner = _stacked_arrays(value.element) if value.length is not None else None
        return ([value.length, *inner[0]], inner[1]) if inner is not None else None
    parts = [_stacked_arrays(item) for item in value.items]
    first = parts[0] if parts else None
    if first is None or any(part is None or not _same_layout(part, first) for part in parts[1:]):
        return None
    return [len(parts), *first[0]], first[1]


def _same_layout(a: tuple[list[Any], Any], b: tuple[list[Any], Any]) -> bool:
    return a[1] == b[1] and len(a[0]) == len(b[0]) and all(same_dim(x, y) for x, y in zip(a[0], b[0], strict=True))


def _holds_iterators(value: Value) -> bool:
    """Whether nested lists hold an iterator (`zip(...)`, a generator): numpy keeps one as a single object."""
    if isinstance(value, Range):
        return True
    if isinstance(value, Sequence):
        return any(_holds_iterators(item) for item in (value.items if value.items is not None else (value.element,)))
    return False


def _nested(value: Any) -> tuple[list[Any], set[type]] | None:
    """The shape of a rectangular nested list of numbers (known or not) and the kinds of its numbers."""
    if isinstance(value, Scalar):
        return [], {value.kind}
    if isinstance(value, SymDim):
        return [], {int}
    if isinstance(value, Const) and type(value.value) in (bool, int, float):
        return [], {type(value.value)}
    if not (isinstance(value, Sequence) and value.kind in ("list", "tuple", "size") and value.items):
        return None
    parts = [_nested(item) for item in value.items]
    shapes = [part[0] for part in parts if part is not None]
    if len(shapes) != len(parts) or any(shape != shapes[0] for shape in shapes):
        return None
    kinds = set().union(*(part[1] for part in parts if part is not None))
    return [len(value.items), *shapes[0]], kinds


_DTYPE_NAMES = {
    **{name: name for name in ("float16", "float32", "float64", "int8", "int16", "int32", "int64", "bool")},
    **{name: name for name in ("uint8", "uint16", "uint32", "uint64")},
    **{"float": "float64", "int": "int64", "f2": "float16", "f4": "float32", "f8": "float64"},
    **{"i1": "int8", "i2": "int16", "i4": "int32", "i8": "int64", "?": "bool"},
    **{"u1": "uint8", "u2": "uint16", "u4": "uint32", "u8": "uint64"},
}


def _dtype(interp: InterpreterApi, given: Value | None, default: Any) -> Any:
    """The torch dtype equivalent to a numpy dtype argument: a numpy type, its name (`'int64'`, `'f4'`) or
    Python's `int` / `float` / `bool` (`default` when none is given; None when it is not a modelled dtype)."""
    if given is None or (isinstance(given, Const) and given.value is None):
        return default
    if isinstance(given, NumpyDtype):
        return getattr(interp.torch, given.dtype)
    name = given.value if isinstance(given, Const) and isinstance(given.value, str) else None
    if isinstance(given, Builtin) and given.name in ("int", "float", "bool"):
        name = given.name
    return getattr(interp.torch, _DTYPE_NAMES[name]) if name in _DTYPE_NAMES else None


def _np_array(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.array(data)` / `np.array(data, dtype=np.float32)`."""
    if len(args) != 1 or set(kwargs) - {"dtype"}:
        return UNKNOWN
    dtype = _dtype(interp, kwargs.get("dtype"), None)
    array = from_data(interp, args[0], dtype)
    if not isinstance(array, NdArray) or "dtype" not in kwargs:
        return array
    return empty_array(interp, list(array.probe.shape), dtype) if dtype is not None else UNKNOWN


def _laid_out(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.ascontiguousarray(a, dtype)` / `np.asfortranarray(a, dtype)`: `np.asarray(a, dtype)`, except that
    these give an array of at least one dimension (a 0-d one becomes one item, [1])."""
    array = _np_array(interp, args, kwargs, node)
    if isinstance(array, NdArray) and array.probe.dim() == 0:
        return empty_array(interp, [1], array.probe.dtype)
    return array


def _filled(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.ones(shape, dtype)` / `np.zeros(...)` / `np.empty(...)`: of that shape, float64 unless a dtype is
    given (each by position or by keyword)."""
    names = ("shape", "dtype")
    bound = bound_arguments(names, args, kwargs)
    if bound is None:
        return UNKNOWN
    if "shape" not in bound:
        return UNKNOWN
    sizes = _sizes(interp, bound["shape"], _argument_source(node, 0, "shape"))
    dtype = _dtype(interp, bound.get("dtype"), interp.torch.float64)
    if sizes is None and dtype is not None:
        from .shapeless_arrays import filled  # shapeless_arrays builds on this module

        return filled(bound["shape"], dtype)
    return empty_array(interp, sizes, dtype) if sizes is not None and dtype is not None else UNKNOWN


def _argument_source(node: ast.AST, position: int, keyword: str) -> ast.expr | None:
    """The expression a call passes as its argument at `position` or as `keyword`."""
    if not isinstance(node, ast.Call):
        return None
    if len(node.args) > position and not any(isinstance(a, ast.Starred) for a in node.args[: position + 1]):
        return node.args[position]
    return next((k.value for k in node.keywords if k.arg == keyword), None)


def _memmap(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.memmap(path, dtype, mode, offset, shape)`: an array of `shape`, else one dimension over the rest of the
    file (its length unknown); uint8 unless a dtype is given."""
    names = ("filename", "dtype", "mode", "offset", "shape", "order")
    bound = bound_arguments(names, args, kwargs)
    if bound is None:
        return UNKNOWN
    shape = bound.get("shape", Const(None))
    dtype = _dtype(interp, bound.get("dtype"), interp.torch.uint8)
    if isinstance(shape, Const) and shape.value is None:
        try:
            sizes: list[Any] | None = [interp.symbols.unknown()]
        except SymbolsDeferred:
            return UNKNOWN
    else:
        sizes = _sizes(interp, shape)
    return empty_array(interp, sizes, dtype) if sizes is not None and dtype is not None else UNKNOWN


def _frombuffer(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.frombuffer(buffer, dtype=float, count=-1, offset=0)`: always one dimension, `count` items when that is
    given, else as many as the buffer holds (a length unknown here); float64 unless a dtype is given."""
    bound = bound_arguments(("buffer", "dtype", "count", "offset"), args, kwargs)
    return _one_dimension(interp, bound) if bound is not None else UNKNOWN


def _fromstring(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.fromstring(text, dtype=float, count=-1, sep=",")` (text mode: a separator is given): as `frombuffer`,
    one dimension of `count` items or of as many as the text holds."""
    bound = bound_arguments(("string", "dtype", "count"), args, kwargs, ("string", "dtype", "count", "sep"))
    sep = bound.get("sep") if bound is not None else None
    if bound is None or not (isinstance(sep, Const) and isinstance(sep.value, str) and sep.value):
        return UNKNOWN
    return _one_dimension(interp, bound)


def _one_dimension(interp: InterpreterApi, bound: dict[str, Value]) -> Value:
    """The array of `count` items (as many as the data holds when -1 or not given) of `dtype` (float64 when not
    given) that `np.frombuffer` and `np.fromstring` read."""
    count = bound.get("count", Const(-1))
    dtype = _dtype(interp, bound.get("dtype"), interp.torch.float64)
    if dtype is None or not (isinstance(count, Const) and type(count.value) is int and count.value >= -1):
        return UNKNOWN
    try:
        size = count.value if count.value >= 0 else interp.symbols.named_unknown(None)
    except SymbolsDeferred:
        return UNKNOWN
    return empty_array(interp, [size], dtype)


def _numbers_dtype(interp: InterpreterApi, kinds: set[type]) -> Any:
    """The dtype numpy gives an array of Python numbers of these kinds: float64 if a float is among them, else
    int64 if an int is, else bool."""
    torch = interp.torch
    return torch.float64 if float in kinds else torch.int64 if int in kinds else torch.bool


def _fill_dtype(interp: InterpreterApi, fill: Value) -> Any:
    """The dtype numpy gives an array filled with a Python number: float64, int64 or bool (None otherwise)."""
    kind = fill.kind if isinstance(fill, Scalar) else type(fill.value) if isinstance(fill, Const) else None
    return _numbers_dtype(interp, {kind}) if kind in (float, int, bool) else None


def _full(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.full(shape, fill_value, dtype=None)`: of that shape, in the dtype given or the fill value's."""
    names = ("shape", "fill_value", "dtype")
    bound = bound_arguments(names, args, kwargs)
    if bound is None:
        return UNKNOWN
    if "shape" not in bound or "fill_value" not in bound:
        return UNKNOWN
    sizes = _sizes(interp, bound["shape"])
    dtype = _dtype(interp, bound.get("dtype"), _fill_dtype(interp, bound["fill_value"]))
    return empty_array(interp, sizes, dtype) if sizes is not None and dtype is not None else UNKNOWN


def _like(name: str) -> Builtin:
    """`np.zeros_like(a, dtype=None)` / `np.ones_like` / `np.empty_like` / `np.full_like(a, fill_value,
    dtype=None)`: the shape of `a`, in its dtype unless one is given."""
    filled = name == "full_like"
    names = ("a", "fill_value", "dtype") if filled else ("a", "dtype")

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        bound = bound_arguments(names, args, kwargs, names[1:])
        if bound is None:
            return UNKNOWN
        array = bound.get("a")
        if not isinstance(array, NdArray) or (filled and "fill_value" not in bound):
            return UNKNOWN
        dtype = _dtype(interp, bound.get("dtype"), array.probe.dtype)
        return empty_array(interp, list(array.probe.shape), dtype) if dtype is not None else UNKNOWN

    return Builtin(name, apply)


def _expand_dims(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.expand_dims(a, axis)`: a dimension of size 1 inserted at `axis` (torch's `unsqueeze`)."""
    array = args[0] if args else None
    axis = args[1] if len(args) == 2 else kwargs.get("axis") if len(args) == 1 else None
    if not isinstance(array, NdArray) or not isinstance(axis, Const) or type(axis.value) is not int:
        return UNKNOWN
    probe, position = array.probe, axis.value
    return _indexed(interp, lambda: probe.unsqueeze(position), array)


def _at_least(rank: int) -> Builtin:
    """`np.atleast_1d(a)` / `np.atleast_2d(a)` / `np.atleast_3d(a)` of one array (or list of numbers): dimensions of
    size 1 added as torch's functions of the same names add them ((n,) becomes (1, n) and (1, n, 1)), a view of an
    array; several arrays give a list or a tuple, by numpy's version, so they are not modelled."""

    def at_least(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        array = from_data(interp, args[0]) if len(args) == 1 and not kwargs else None
        if not isinstance(array, NdArray):
            return UNKNOWN
        lift = getattr(interp.torch, f"atleast_{rank}d")
        return _indexed(interp, lambda: lift(array.probe), array)

    return Builtin(f"atleast_{rank}d", at_least)


def _eye(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.eye(n)` / `np.eye(n, m)` / `np.eye(n, dtype=...)`: an identity of shape [n, m] (m defaults to n),
    float64 unless a dtype is given; the diagonal's offset `k` does not change the shape."""
    if not 1 <= len(args) <= 2 or set(kwargs) - {"M", "k", "dtype"} or (len(args) == 2 and "M" in kwargs):
        return UNKNOWN
    sizes = _sizes(interp, Sequence((*args, *([kwargs["M"]] if "M" in kwargs else []))))
    dtype = _dtype(interp, kwargs.get("dtype"), interp.torch.float64)
    if sizes is None or dtype is None:
        return UNKNOWN
    return empty_array(interp, sizes if len(sizes) == 2 else sizes * 2, dtype)


def _identity(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.identity(n)` / `np.identity(n, dtype=...)`: an identity of shape [n, n], float64 unless a dtype is given."""
    if len(args) + len(kwargs) > 2 or set(kwargs) - {"n", "dtype"} or len(args) + ("n" in kwargs) != 1:
        return UNKNOWN
    return _eye(interp, [args[0] if args else kwargs["n"]], {k: v for k, v in kwargs.items() if k == "dtype"}, node)


def _linspace(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.linspace(start, stop, num=50, dtype=None)`: `num` values along a new first axis, then the broadcast shape
    of array bounds; float64 unless a dtype is given or the array bounds share a floating dtype (numbers are weak)."""
    if set(kwargs) - {"num", "endpoint", "dtype"} or not 2 <= len(args) <= 3 or ("num" in kwargs and len(args) == 3):
        return UNKNOWN
    bounds = args[:2]
    if not all(isinstance(b, NdArray) or _nested(b) in (([], {int}), ([], {float})) for b in bounds):
        return UNKNOWN
    arrays = [bound.probe for bound in bounds if isinstance(bound, NdArray)]
    count = args[2] if len(args) == 3 else kwargs.get("num", Const(50))
    if isinstance(count, Const) and isinstance(count.value, int) and count.value < 0:
        return UNKNOWN
    sizes = _sizes(interp, Sequence((count,)))
    floating = {array.dtype for array in arrays if array.dtype.is_floating_point}
    if len(floating) > 1 or (floating and not all(array.dtype.is_floating_point for array in arrays)):
        return UNKNOWN  # mixed array dtypes promote as numpy's tables say
    dtype = _dtype(interp, kwargs.get("dtype"), floating.pop() if floating else interp.torch.float64)
    try:
        spread = list(interp.torch.broadcast_shapes(*(array.shape for array in arrays)))
    except RuntimeError:
        return UNKNOWN
    return empty_array(interp, [*sizes, *spread], dtype) if sizes is not None and dtype is not None else UNKNOWN


def _random(dtype_name: str, size_at: int, spread: bool, ranged: bool = True) -> Builtin:
    """A `np.random` sampler: an array of `dtype_name` whose shape is the argument at `size_at` (or keyword
    `size`; with `spread`, every positional argument is a size, as in `rand(2, 3)`; an int sampler may be given an
    int `dtype`); no size is a number when the parameters are numbers, for `randint(low, high)` /
    `integers(low, high)` (`ranged`) one in [low, high) (in [0, low) without `high`), and an array of their
    broadcast shape when some are arrays."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        dtype = getattr(interp.torch, dtype_name)
        if dtype_name == "int64" and "dtype" in kwargs:  # `randint(0, 256, size, dtype=np.uint8)`
            kwargs = dict(kwargs)
            dtype = _dtype(interp, kwargs.pop("dtype"), None)
            if dtype is None or _kind(dtype) != "int":
                return UNKNOWN
        source: ast.expr | None = None
        if spread:
            if kwargs:
                return UNKNOWN
            shape: Any = Sequence(tuple(args)) if args else None
            if isinstance(node, ast.Call) and not any(isinstance(a, ast.Starred) for a in node.args):
                source = ast.Tuple(elts=list(node.args))
        elif set(kwargs) <= {
            "size",
            "low",
            "high",
            "loc",
            "scale",
            "lam",
            "n",
            "p",
            "a",
            "b",
            "shape",
            "mean",
            "sigma",
        }:
            shape = args[size_at] if len(args) > size_at else kwargs.get("size")
            source = _argument_source(node, size_at, "size")
        else:
            return UNKNOWN
        low, high = _int_range(args, kwargs) if dtype_name == "int64" and ranged else (None, None)
        if shape is None or (isinstance(shape, Const) and shape.value is None):
            parameters = [*args[:size_at], *(v for k, v in kwargs.items() if k != "size")]
            if any(not _is_number_value(p) for p in parameters):
                return _broadcast_draw(interp, parameters, dtype)
            if dtype_name != "int64":
                return Scalar(float)
            return bounded_int(interp, low, high, False)
        sizes = _sizes(interp, shape, source)
        array = empty_array(interp, sizes, dtype) if sizes is not None else UNKNOWN
        lower, upper = int_value(low), int_value(high)
        if isinstance(array, NdArray) and lower is not None and upper is not None:
            return NdArray(array.probe, None, (Literal(None),), (lower, upper - 1))
        return array

    return Builtin(dtype_name, apply)


def _is_number_value(value: Value) -> bool:
    """Whether a value is a Python number, known or not."""
    return isinstance(value, (Scalar, SymDim)) or (isinstance(value, Const) and type(value.value) in (int, float))


def _broadcast_draw(interp: InterpreterApi, parameters: list[Value], dtype: Any) -> Value:
    """A draw without a size whose parameters include arrays (`uniform(low, high)` over a box's bounds): one item
    per item of the parameters' broadcast shape; unknown when some parameter is neither an array nor a number."""
    if not all(isinstance(p, NdArray) or _is_number_value(p) for p in parameters):
        return UNKNOWN
    try:
        shape = interp.torch.broadcast_shapes(*(p.probe.shape for p in parameters if isinstance(p, NdArray)))
    except Exception:  # noqa: BLE001 shapes that do not broadcast (numpy raises) or that only the data decides
        return UNKNOWN
    return empty_array(interp, list(shape), dtype)


_REDUCTIONS = ("mean", "std", "var", "sum", "max", "min", "all", "any")


def reduced(interp: InterpreterApi, name: str, array: NdArray, axis: Value, keepdims: Value) -> Value:
    """`a.mean(axis, keepdims=k)` and its kin: the axes (an int, a tuple of ints, or None for all) removed, or kept
    as 1 with keepdims; mean, std and var of ints give float64, sum of ints or bools int64, max and min keep the
    dtype, all and any give bools whatever the dtype. Over all axes without keepdims numpy gives a numpy scalar of
    that dtype: a 0-d array, as an item is."""
    torch = interp.torch
    dtype = array.probe.dtype
    if name in ("all", "any"):
        dtype = torch.bool
    elif name in ("mean", "std", "var"):
        dtype = dtype if dtype.is_floating_point else torch.float64
    elif name == "sum" and dtype == torch.uint8:
        return UNKNOWN  # numpy sums unsigned ints as uint64
    elif name == "sum" and not dtype.is_floating_point:
        dtype = torch.int64
    if not (isinstance(keepdims, Const) and type(keepdims.value) is bool):
        return UNKNOWN
    if _kind(dtype) is None and name not in ("all", "any"):
        return UNKNOWN
    keep = keepdims.value
    if isinstance(axis, Const) and axis.value is None:
        axes: Any = tuple(range(array.probe.dim()))
    else:
        axes = known_ints(axis)
        if axes is None:
            return UNKNOWN
    probe = array.probe
    if name in ("max", "min"):
        return _indexed(interp, lambda: probe.amax(dim=axes, keepdim=keep).to(dtype))
    return _indexed(interp, lambda: probe.sum(dim=axes, keepdim=keep).to(dtype))


def _reduction_arguments(name: str, args: list[Value], kwargs: dict[str, Value]) -> tuple[Value, Value] | None:
    """The axis and keepdims of a reduction's arguments after the array; None for others (`dtype`, `out`)."""
    allowed = {"axis", "keepdims", "ddof"} if name in ("std", "var") else {"axis", "keepdims"}
    if len(args) > 1 or set(kwargs) - allowed or (args and "axis" in kwargs):
        return None
    return (args[0] if args else kwargs.get("axis", Const(None))), kwargs.get("keepdims", Const(False))


def _method_reduction(name: str, array: NdArray) -> Callable[..., Value]:
    """`a.mean(...)` and its kin as methods of the array `a`."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        given = _reduction_arguments(name, args, kwargs)
        return reduced(interp, name, array, *given) if given is not None else UNKNOWN

    return apply


def _accumulated(interp: InterpreterApi, array: NdArray, args: list[Value], kwargs: dict[str, Value]) -> Value:
    """`a.cumsum(axis)` / `np.cumprod(a, axis=k)`: the shape kept along an axis, one flat dimension without one;
    signed ints and bools accumulate as int64, floats in their own dtype (unsigned ints widen: not modelled)."""
    if len(args) > 1 or set(kwargs) - {"axis"} or (args and kwargs):
        return UNKNOWN
    axis = args[0] if args else kwargs.get("axis", Const(None))
    probe, torch = array.probe, interp.torch
    name = str(probe.dtype).removeprefix("torch.")
    if _kind(probe.dtype) == "float":
        dtype = probe.dtype
    elif name in ("int8", "int16", "int32", "int64", "bool"):
        dtype = torch.int64
    else:
        return UNKNOWN
    if isinstance(axis, Const) and axis.value is None:
        return _indexed(interp, lambda: probe.reshape(-1).to(dtype))
    if isinstance(axis, Const) and type(axis.value) is int and -probe.dim() <= axis.value < probe.dim():
        return empty_array(interp, list(probe.shape), dtype)
    return UNKNOWN


def _diff(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.diff(a, n=1, axis=-1)`: `n` items fewer along the axis (none past its length), in the array's dtype, as
    `torch.diff` gives."""
    names = ("a", "n", "axis")
    bound = bound_arguments(names, args, kwargs)
    if bound is None:
        return UNKNOWN
    array, n, axis = bound.get("a"), bound.get("n", Const(1)), bound.get("axis", Const(-1))
    if not isinstance(array, NdArray) or not (isinstance(n, Const) and type(n.value) is int and n.value >= 0):
        return UNKNOWN
    if not (isinstance(axis, Const) and type(axis.value) is int):
        return UNKNOWN
    probe = array.probe
    return _indexed(interp, lambda: interp.torch.diff(probe, n=n.value, dim=axis.value))


def _function_reduction(name: str) -> Builtin:
    """`np.mean(a, ...)` and its kin: as the method of the array `a`."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if not args or not isinstance(args[0], NdArray):
            return UNKNOWN
        return _method_reduction(name, args[0])(interp, args[1:], kwargs, node)

    return Builtin(name, apply)


def _int_range(args: list[Value], kwargs: dict[str, Value]) -> tuple[Value | None, Value | None]:
    """`randint(low, high)` / `integers(low, high)` draw from [low, high), `randint(high)` from [0, high)."""
    low = args[0] if args else kwargs.get("low")
    high = args[1] if len(args) > 1 else kwargs.get("high")
    return (Const(0), low) if high is None else (low, high)


def _where(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.where(condition)` / `np.nonzero(a)`: the indices of its non-zero items, a tuple of one int64 array per
    dimension, all of one length the data decides, each item within its dimension (`np.where(labels == l)[0]`);
    `np.where(condition, x, y)`: see `_chosen`."""
    if len(args) == 3 and not kwargs and isinstance(node, ast.Call) and len(node.args) == 3:
        return _chosen(interp, args, node.args)
    if len(args) != 1 or kwargs or not isinstance(args[0], NdArray):
        return UNKNOWN
    try:
        count = interp.symbols.bounded(0, sys.maxsize)  # no item may be non-zero
    except SymbolsDeferred:
        return UNKNOWN
    arrays = []
    for size in args[0].probe.shape:
        array = empty_array(interp, [count], interp.torch.int64)
        if not isinstance(array, NdArray):
            return UNKNOWN
        arrays.append(NdArray(array.probe, None, (Literal(None),), (0, size - 1)))
    return Sequence(tuple(arrays), "tuple")


def _chosen(interp: InterpreterApi, args: list[Value], written: list[ast.expr]) -> Value:
    """`np.where(condition, x, y)`: the broadcast shape of the three, in numpy's result dtype of `x` and `y` (two
    numbers, as Python's or 64-bit numpy's: float64 if a float is among them, else int64 if an int is, else
    bool)."""
    condition, chosen = args[0], args[1:]
    if not isinstance(condition, NdArray):
        return UNKNOWN
    arrays = [v for v in chosen if isinstance(v, NdArray)]
    if len(arrays) == 2:
        dtype = _promoted(interp, arrays[0].probe.dtype, arrays[1].probe.dtype)
    elif arrays:
        side = 1 if isinstance(chosen[0], NdArray) else 0
        dtype = _operand_dtype(interp, arrays[0].probe.dtype, chosen[side], _is_literal(written[1 + side]))
    else:
        kinds = {
            int if isinstance(v, SymDim) else type(v.value) if isinstance(v, Const) else type(None) for v in chosen
        }
        dtype = _numbers_dtype(interp, kinds) if kinds <= {int, float, bool} else None
    if dtype is None:
        return UNKNOWN
    probes = [condition.probe, *(a.probe for a in arrays)]
    return _indexed(interp, lambda: interp.torch.broadcast_tensors(*probes)[0].to(dtype))


def _permutation(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`permutation(n)`: the ints 0..n-1 shuffled, an int64 array of n items; `permutation(a)`: a shuffled copy
    of the array numpy makes of `a` (an array, a list or a tuple; its rows reordered), of its shape and dtype,
    its items within the bounds of those of `a`."""
    if len(args) != 1 or kwargs:
        return UNKNOWN
    data = args[0]
    if isinstance(data, Sequence) and data.kind in ("list", "tuple"):
        data = from_data(interp, data)
    if isinstance(data, NdArray) and data.probe.dim() > 0:
        return NdArray(data.probe, None, (Literal(None),), data.value_bounds or _known_bounds(data.values))
    count = int_value(args[0])
    if count is None:
        return UNKNOWN
    array = empty_array(interp, [count], interp.torch.int64)
    if not isinstance(array, NdArray):
        return UNKNOWN
    return NdArray(array.probe, None, (Literal(None),), (0, count - 1))


def _known_bounds(items: tuple[Value, ...] | None) -> tuple[int, int] | None:
    """The least and the greatest of items that are all known ints; None otherwise."""
    ints = [i.value for i in items or () if isinstance(i, Const) and type(i.value) is int]
    return (min(ints), max(ints)) if items and len(ints) == len(items) else None


def _choice(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`choice(a, size)`: draws from range(a) (int64, in [0, a-1]), from the items of a 1-d array (of its dtype),
    of a list of numbers (numpy makes it an array first) or of a list of strings (an array of strings), an array
    of shape `size`; without a size, one such draw (a number of the array's kind)."""
    if not args or len(args) > 4 or set(kwargs) - {"size", "replace", "p"}:
        return UNKNOWN
    population = args[0]
    shape = args[1] if len(args) > 1 else kwargs.get("size", Const(None))
    if text_items(population):  # strings drawn from a list: an array of strings, of shape `size`
        sizes = None if isinstance(shape, Const) and shape.value is None else _sizes(interp, shape)
        array = empty_array(interp, sizes, interp.torch.bool) if sizes is not None else UNKNOWN
        return TextArray(array.probe) if isinstance(array, NdArray) else UNKNOWN
    if isinstance(population, Sequence) and population.kind in ("list", "tuple"):
        population = from_data(interp, population)
    if isinstance(population, NdArray) and population.probe.dim() == 1:
        dtype, bounds = population.probe.dtype, population.value_bounds
    elif _is_number_value(population) and number_kind(population) is int:
        count = int_value(population)
        dtype, bounds = interp.torch.int64, (0, count - 1) if count is not None else None
    else:
        return UNKNOWN
    if isinstance(shape, Const) and shape.value is None:  # one draw: an item of the array, or an int below a
        if not isinstance(population, NdArray):
            return bounded_int(interp, Const(0), population, False)
        if bounds is not None:
            return int_between(interp, *bounds)
        kind = _kind(dtype)
        return Scalar(int if kind == "int" else float) if kind is not None else UNKNOWN
    sizes = _sizes(interp, shape)
    array = empty_array(interp, sizes, dtype) if sizes is not None else UNKNOWN
    return NdArray(array.probe, None, (Literal(None),), bounds) if isinstance(array, NdArray) and bounds else array


def _vector_draws(name: str, dtype_name: str, parameters: tuple[str, ...], vector: str) -> Builtin:
    """A sampler of vectors (`dirichlet(alpha, size)`, `multinomial(n, pvals, size)`,
    `multivariate_normal(mean, cov, size)`): an array of `dtype_name` of the shape `size` (none when not given)
    and one more dimension, as long as the parameter `vector` (a 1-d array or a list of numbers)."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        names = (*parameters, "size")
        if len(args) > len(names) or set(kwargs) - set(names):
            return UNKNOWN
        bound = dict(zip(names, args, strict=False)) | kwargs
        given = bound.get(vector)
        items = from_data(interp, given) if given is not None else UNKNOWN
        shape = bound.get("size", Const(None))
        sizes = [] if isinstance(shape, Const) and shape.value is None else _sizes(interp, shape)
        if not isinstance(items, NdArray) or items.probe.dim() != 1 or sizes is None:
            return UNKNOWN
        if name == "multinomial" and not _is_number_value(bound.get("n", UNKNOWN)):  # a Generator broadcasts arrays
            return UNKNOWN
        return empty_array(interp, [*sizes, items.probe.shape[0]], getattr(interp.torch, dtype_name))

    return Builtin(name, apply)


# Samplers np.random and a Generator share, with their size argument after the distribution's parameters.
_DISTRIBUTIONS = {
    "poisson": _random("int64", 1, False, ranged=False),
    "binomial": _random("int64", 2, False, ranged=False),
    "exponential": _random("float64", 1, False),
    "geometric": _random("int64", 1, False, ranged=False),
    "beta": _random("float64", 2, False),
    "gamma": _random("float64", 2, False),
    "laplace": _random("float64", 2, False),
    "lognormal": _random("float64", 2, False),
    "permutation": Builtin("permutation", _permutation),
    "choice": Builtin("choice", _choice),
    "dirichlet": _vector_draws("dirichlet", "float64", ("alpha",), "alpha"),
    "multinomial": _vector_draws("multinomial", "int64", ("n", "pvals"), "pvals"),
    "multivariate_normal": _vector_draws("multivariate_normal", "float64", ("mean", "cov"), "mean"),
}

# A `np.random.Generator`'s samplers: its size argument sits where np.random's has it (`integers(low, high, size)`).
_GENERATOR = Submodule(
    {
        "random": _random("float64", 0, False),
        "standard_normal": _random("float64", 0, False),
        "normal": _random("float64", 2, False),
        "uniform": _random("float64", 2, False),
        "integers": _random("int64", 2, False),
        **_DISTRIBUTIONS,
    }
)


# np.random's own samplers, which a `np.random.RandomState` has too.
_LEGACY = Submodule(
    {
        "rand": _random("float64", 0, True),
        "randn": _random("float64", 0, True),
        "random": _random("float64", 0, False),
        "random_sample": _random("float64", 0, False),
        "standard_normal": _random("float64", 0, False),
        "normal": _random("float64", 2, False),
        "uniform": _random("float64", 2, False),
        "randint": _random("int64", 2, False),
        **_DISTRIBUTIONS,
    }
)


def _random_state(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.random.RandomState(seed)`: the samplers of np.random, whatever its seed."""
    return _LEGACY


def _generator(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.random.default_rng(seed)`: a Generator, whatever its seed."""
    return _GENERATOR


def _prod(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.prod(sizes)` of a list or tuple of ints and sizes: their product (a symbolic size when one of them
    is); of other numbers, an unknown number."""
    if len(args) != 1 or kwargs:
        return UNKNOWN
    items = args[0].items if isinstance(args[0], Sequence) and args[0].kind in ("list", "tuple", "size") else None
    if items is None:
        return Scalar(float) if isinstance(args[0], NdArray) and args[0].probe.dtype.is_floating_point else UNKNOWN
    factors = [i.value for i in items if isinstance(i, SymDim) or (isinstance(i, Const) and type(i.value) is int)]
    if len(factors) != len(items):
        return UNKNOWN
    product = math.prod(factors)
    return Const(product) if isinstance(product, int) else SymDim(product)


def _same_shape(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.triu(a, k)` / `np.tril(a, k)` / `np.copy(a)`: an array of the same shape and dtype."""
    return args[0] if args and isinstance(args[0], NdArray) else UNKNOWN


def _keeps_dtype(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.abs(a)` / `np.negative` / `np.sign` / `np.reciprocal` of a number array: an array of its shape and dtype
    (numpy refuses `negative` of bools and gives int8 reciprocals of them, so a bool array is left unknown)."""
    if len(args) != 1 or kwargs or not isinstance(args[0], NdArray) or args[0].probe.dtype == interp.torch.bool:
        return UNKNOWN
    return NdArray(args[0].probe)


def array_unary(interp: InterpreterApi, op: ast.unaryop, array: NdArray) -> Value:
    """`-a` / `+a` of a number array and `~a` of an int or bool array: an array of its shape and dtype (numpy
    refuses `-` and `+` of bools and `~` of floats)."""
    dtype = array.probe.dtype
    signed = isinstance(op, (ast.USub, ast.UAdd)) and dtype != interp.torch.bool
    inverted = isinstance(op, ast.Invert) and not (dtype.is_floating_point or dtype.is_complex)
    return NdArray(array.probe) if signed or inverted else UNKNOWN


def _bool_array(count: int) -> Builtin:
    """`np.logical_not(a)`, `np.isnan(a)` (one operand), `np.equal(a, b)` and the other comparisons or
    `np.logical_and(a, b)` (two): a bool array of the operands' broadcast shape, when one of them is an array (the
    logical functions take the truth of items of any dtype)."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if len(args) != count or kwargs or not any(isinstance(a, NdArray) for a in args):
            return UNKNOWN
        return array_comparison(interp, args[0], args[-1])

    return Builtin("bool_array", apply)


_ISIN_OPTIONS = frozenset(("test_elements", "assume_unique", "invert", "kind"))


def _isin(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.isin(element, test_elements, ...)` of an array: a bool array of its shape, whatever it is tested
    against."""
    if not 1 <= len(args) <= 2 or not set(kwargs) <= _ISIN_OPTIONS or not isinstance(args[0], NdArray):
        return UNKNOWN
    return NdArray(args[0].probe.to(interp.torch.bool))


def _sorting(name: str) -> Callable[..., Value]:
    """`np.sort(a, axis)` / `np.argsort(a, axis)`: the shape of `a` (flattened when axis is None), in its dtype
    or int64 indices; a 0-d array is left unknown (numpy gives it one dimension)."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if not args or len(args) > 2 or set(kwargs) - {"axis", "kind"} or not isinstance(args[0], NdArray):
            return UNKNOWN
        axis = args[1] if len(args) == 2 else kwargs.get("axis", Const(-1))
        probe = args[0].probe
        if not (isinstance(axis, Const) and (axis.value is None or type(axis.value) is int)) or probe.dim() == 0:
            return UNKNOWN
        dim = axis.value

        def sort() -> Any:
            result = (probe.flatten() if dim is None else probe).sort(dim=-1 if dim is None else dim)
            return result.indices if name == "argsort" else result.values

        return _indexed(interp, sort)

    return apply


_argsort = _sorting("argsort")


def _lexsort(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.lexsort(keys)` of a list or tuple of arrays of one shape (or the rows of one array, at least 2-d):
    int64 indices of that shape that sort the last axis by the keys, the last key first."""
    keys = args[0] if len(args) == 1 and not kwargs else None
    if isinstance(keys, NdArray) and keys.probe.dim() >= 2:
        shape = list(keys.probe.shape[1:])
    else:
        probes = _arrays(keys) if keys is not None else None
        if not probes or probes[0].dim() == 0:
            return UNKNOWN
        shape = list(probes[0].shape)
        if any(p.dim() != len(shape) or not all(map(same_dim, p.shape, shape)) for p in probes):
            return UNKNOWN
    return empty_array(interp, shape, interp.torch.int64)


def _rounded(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.round(a, decimals)` / `np.around`: an array of the shape and dtype of `a`, its items changed; of a known
    number and no decimals, the number rounded half to even, as numpy rounds it (an int stays an int)."""
    if not args or len(args) > 2 or set(kwargs) - {"decimals"}:
        return UNKNOWN
    if len(args) == 1 and not kwargs and isinstance(args[0], Const) and type(args[0].value) in (int, float):
        number = args[0].value
        return Const(type(number)(round(number))) if abs(number) < 1e6 else UNKNOWN
    if not isinstance(args[0], NdArray):
        return UNKNOWN
    return NdArray(args[0].probe)


def _elementwise(function: Callable[[float], float]) -> Builtin:
    """A numpy math function of one argument: over an array, a float array of its shape; over a number,
    folded as `math` does (an unknown float when it cannot be)."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if len(args) != 1 or kwargs:
            return UNKNOWN
        value = args[0]
        if isinstance(value, NdArray):
            dtype = value.probe.dtype if value.probe.dtype.is_floating_point else interp.torch.float64
            return empty_array(interp, list(value.probe.shape), dtype)
        if isinstance(value, Const) and type(value.value) in (int, float) and abs(value.value) < 1e6:
            try:
                return Const(float(function(value.value)))
            except (ValueError, OverflowError):
                return UNKNOWN
        if isinstance(value, (Scalar, SymDim)) or _is_number(value):
            return Scalar(float)
        return UNKNOWN

    return Builtin(function.__name__, apply)


def _is_number(value: Any) -> bool:
    return isinstance(value, Const) and type(value.value) in (int, float)


def _is_bool(value: Any) -> bool:
    return isinstance(value, Const) and type(value.value) is bool


def _is_size(value: Any) -> bool:
    """A known int or a symbolic int."""
    return isinstance(value, SymDim) or (isinstance(value, Const) and type(value.value) is int)


def _power(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.power(a, b)` of two numbers: a number (float unless both are ints); its value is not folded. With an
    array, as `a ** b`."""
    if len(args) == 2 and not kwargs and any(isinstance(a, NdArray) for a in args):
        return _ARRAY_POWER.function(interp, args, kwargs, node)
    if len(args) != 2 or kwargs or not all(_is_number(a) or isinstance(a, (Scalar, SymDim)) for a in args):
        return UNKNOWN
    kinds = {a.kind if isinstance(a, Scalar) else type(a.value) if isinstance(a, Const) else int for a in args}
    return Scalar(int if kinds == {int} else float)


def _square(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.square(a)` of an array: `a * a` (an int array stays int)."""
    if len(args) != 1 or kwargs or not isinstance(args[0], NdArray) or not isinstance(node, ast.Call):
        return UNKNOWN
    return array_binary(interp, operator.mul, args[0], args[0], _written(ast.Mult(), node.args[0], node.args[0], node))


def _written(symbol: ast.operator, left: ast.expr, right: ast.expr, call: ast.AST) -> ast.BinOp:
    """The operator expression a numpy call stands for (array_binary reads from it which operands are literals)."""
    return ast.copy_location(ast.BinOp(left, symbol, right), call)


def _operator(symbol: type[ast.operator], function: Callable[[Any, Any], Any]) -> Builtin:
    """A numpy function of two operands, at least one an array (`np.add(a, b)`, `np.multiply`): as the operator
    between them."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if len(args) != 2 or kwargs or not isinstance(node, ast.Call) or len(node.args) != 2:
            return UNKNOWN
        written = _written(symbol(), node.args[0], node.args[1], node)
        return array_binary(interp, function, args[0], args[1], written)

    return Builtin(function.__name__, apply)


_ARRAY_POWER = _operator(ast.Pow, operator.pow)


_INTS = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")
_WIDE_INTS = ("int32", "int64")


def _kind(dtype: Any) -> str | None:
    """'int' or 'float' for the dtypes whose promotion is modelled (bools and complex numbers are not)."""
    name = str(dtype).removeprefix("torch.")
    return "int" if name in _INTS else "float" if name in ("float16", "float32", "float64") else None


def _promoted(interp: InterpreterApi, left: Any, right: Any) -> Any:
    """numpy's result dtype for two array dtypes: torch's promotion within ints or within floats; an int with a
    float gives float64 unless both are narrow (not modelled); a bool array with an int or float one gives the
    other's dtype; None where not modelled."""
    torch = interp.torch
    kinds = (_kind(left), _kind(right))
    if torch.bool in (left, right) and kinds != (None, None):
        return right if left == torch.bool else left
    if None in kinds:
        return None
    if kinds[0] == kinds[1]:
        return torch.promote_types(left, right)
    integer, floating = (left, right) if kinds[0] == "int" else (right, left)
    if floating == torch.float64 or str(integer).removeprefix("torch.") in _WIDE_INTS:
        return torch.float64
    return None


def _operand_dtype(interp: InterpreterApi, array: Any, other: Value, literal: bool) -> Any:
    """numpy's result dtype for an array of dtype `array` and a number: a literal is a weak Python number (NEP 50:
    the array's dtype wins unless a float meets an int array, and a bool array takes the literal's default dtype);
    any other number may be a numpy scalar, whose 64-bit dtype counts, so only int64 and float64 arrays are
    modelled with it, and a known float (a Python float or a float64 scalar, never a narrower one) meeting an int
    array, which gives float64 either way; None where not modelled."""
    kind = _kind(array)
    if not isinstance(other, (Const, Scalar, SymDim)):
        return None
    number = other.kind if isinstance(other, Scalar) else int if isinstance(other, SymDim) else type(other.value)
    if array == interp.torch.bool and literal and number in (int, float):  # `1 - mask`: numpy's default dtype
        return interp.torch.int64 if number is int else interp.torch.float64
    if kind is None:
        return None
    known_float = isinstance(other, Const) and number is float and kind == "int"
    if number not in (int, float) or not (literal or known_float or str(array) in ("torch.int64", "torch.float64")):
        return None
    return interp.torch.float64 if number is float and kind == "int" else array


_FLOAT_HOLDING = {"8": "float16", "16": "float32", "32": "float64", "64": "float64"}  # by an int dtype's bits


def _float_number_dtypes(interp: InterpreterApi, array: Any, number: Value) -> tuple[Any, ...] | None:
    """numpy's result dtypes for an array of dtype `array` and a number that may be a Python number or a numpy
    scalar (NEP 50: a Python number is weak, so a float array keeps its dtype, and a float meeting another array
    gives float64; a numpy scalar counts as its dtype). A float scalar (float16, float32 or float64) meeting an int
    array gives the narrowest float that holds that array's ints; an int scalar (any width) meeting a float array
    gives the narrowest float at least as wide as the array that holds the scalar's ints, so any float at least as
    wide. None for other numbers or arrays."""
    torch = interp.torch
    kind = int if isinstance(number, SymDim) else number.kind if isinstance(number, Scalar) else None
    kind = type(number.value) if isinstance(number, Const) else kind
    name = str(array).removeprefix("torch.")
    scalars = (torch.float16, torch.float32, torch.float64)
    if kind is int and _kind(array) == "float":
        return tuple(dtype for dtype in scalars if dtype.itemsize >= array.itemsize)
    if kind is not float:
        return None
    if _kind(array) == "float":
        weak, holding = array, array
    elif name in _INTS or array == torch.bool:
        bits = name.removeprefix("u").removeprefix("int") if name in _INTS else "8"
        weak, holding = torch.float64, getattr(torch, _FLOAT_HOLDING[bits])
    else:
        return None
    options = {weak, *(torch.promote_types(holding, scalar) for scalar in scalars)}
    return tuple(sorted(options, key=lambda dtype: dtype.itemsize))


def _in_dtypes(interp: InterpreterApi, array: NdArray, dtypes: tuple[Any, ...]) -> Value:
    """An array of the shape of `array` that has one of `dtypes` (a MixedArray when there are several)."""
    with interp.symbols.mode(), interp.torch.device("meta"):
        probes = tuple(array.probe.to(dtype) for dtype in dtypes)
    return NdArray(probes[0]) if len(probes) == 1 else MixedArray(probes)


def _is_literal(node: ast.AST | None) -> bool:
    """A number written in the source (`2`, `-0.5`)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return isinstance(node, ast.Constant)


def _scalar_operands(left: Value, right: Value) -> bool:
    """Whether both operands are numbers or numpy scalars (0-d arrays), a numpy scalar among them."""
    scalars = [isinstance(v, NdArray) and v.probe.dim() == 0 for v in (left, right)]
    numbers = [number_kind(v) is not None for v in (left, right)]
    return any(scalars) and all(s or n for s, n in zip(scalars, numbers, strict=True))


def array_binary(
    interp: InterpreterApi, function: Callable[[Any, Any], Any], left: Value, right: Value, node: ast.AST
) -> Value:
    """An arithmetic operator with a numpy array operand: numpy broadcasts as torch does, its dtype follows
    numpy's rules (true division of ints gives float64), and the items of 1-d int arrays fold."""
    torch = interp.torch
    if function is operator.matmul:
        return _matmul(interp, left, right)
    if function in (operator.or_, operator.and_, operator.xor):
        return _logical(interp, left, right)
    sides = (node.left, node.right) if isinstance(node, ast.BinOp) else (None, getattr(node, "value", None))
    number: Value | None = None
    if isinstance(left, NdArray) and isinstance(right, NdArray):
        dtype = _promoted(interp, left.probe.dtype, right.probe.dtype)
    elif isinstance(left, NdArray):
        dtype, array, number = _operand_dtype(interp, left.probe.dtype, right, _is_literal(sides[1])), left, right
    elif isinstance(right, NdArray):
        dtype, array, number = _operand_dtype(interp, right.probe.dtype, left, _is_literal(sides[0])), right, left
    else:
        return UNKNOWN
    if dtype is None and function in _ARITHMETIC and _scalar_operands(left, right):
        return Scalar(REAL)  # a numpy scalar and a number of dtypes numpy's rules leave open: a number
    if dtype is None and number is not None and function in _ARITHMETIC and not isinstance(node, ast.AugAssign):
        options = _float_number_dtypes(interp, array.probe.dtype, number)
        if options is not None:
            return _in_dtypes(interp, array, options)
    if dtype is None or function not in _ARITHMETIC:
        return UNKNOWN
    if function is operator.truediv and _kind(dtype) == "int":
        dtype = torch.float64
    probes = [v.probe for v in (left, right) if isinstance(v, NdArray)]
    result = _indexed(interp, lambda: torch.broadcast_tensors(*probes)[0].to(dtype))
    if isinstance(node, ast.AugAssign):
        return _in_place(left, result)
    if not isinstance(result, NdArray) or _kind(dtype) != "int" or result.probe.dim() != 1:
        return result
    items = [_items(v, result.probe.shape[0]) for v in (left, right)]
    if items[0] is None or items[1] is None:
        return result
    folded = tuple(fold(function, a.value, b.value) for a, b in zip(items[0], items[1], strict=True))
    return NdArray(result.probe, folded, (Literal(None),)) if all(_is_size(v) for v in folded) else result


def _clipped(interp: InterpreterApi, array: Value, bounds: list[tuple[Value, ast.AST | None]]) -> Value:
    """`np.clip(a, lo, hi)` / `a.clip(lo, hi)`: the broadcast shape of `a` and its array bounds, in numpy's result
    dtype of `a` and the bounds (a bound of None is no bound)."""
    if not isinstance(array, NdArray):
        return UNKNOWN
    dtype, probes = array.probe.dtype, [array.probe]
    for bound, written in bounds:
        if isinstance(bound, Const) and bound.value is None:
            continue
        if isinstance(bound, NdArray):
            dtype = _promoted(interp, dtype, bound.probe.dtype)
            probes.append(bound.probe)
        else:
            dtype = _operand_dtype(interp, dtype, bound, _is_literal(written))
        if dtype is None:
            return UNKNOWN
    return _indexed(interp, lambda: interp.torch.broadcast_tensors(*probes)[0].to(dtype))


def _clip_bounds(args: list[Value], kwargs: dict[str, Value], node: ast.AST, names: tuple[str, str], skip: int) -> Any:
    """The (value, source) of the two bounds a clip is given after its first `skip` arguments; None for others."""
    if len(args) > 2 or set(kwargs) - set(names) or set(kwargs) & set(names[: len(args)]):
        return None
    written: list[ast.AST | None] = [*node.args[skip:], None, None] if isinstance(node, ast.Call) else [None, None]
    given = {name: (value, source) for name, value, source in zip(names, args, written, strict=False)}
    given.update({name: (value, None) for name, value in kwargs.items()})
    return [given.get(name, (Const(None), None)) for name in names]


def _np_clip(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.clip(a, a_min, a_max)`; a Python number `a` is clipped as the 0-d array numpy makes of it."""
    bounds = _clip_bounds(args[1:], kwargs, node, ("a_min", "a_max"), 1) if args else None
    array = _known_number_array(interp, args[0]) if args else None
    return _clipped(interp, array, bounds) if bounds is not None and array is not None else UNKNOWN


def _matmul(interp: InterpreterApi, left: Value, right: Value) -> Value:
    """`a @ b` of two arrays of at least one dimension: torch.matmul's shape rules (a 1-d operand is a row or a
    column, the leading dims broadcast), which numpy's agree with, in numpy's dtype; two 1-d arrays give a numpy
    scalar, not an array (unknown)."""
    if not (isinstance(left, NdArray) and isinstance(right, NdArray)):
        return UNKNOWN
    dims = (left.probe.dim(), right.probe.dim())
    dtype = _promoted(interp, left.probe.dtype, right.probe.dtype)
    if dtype is None or min(dims) == 0 or dims == (1, 1):
        return UNKNOWN
    return _indexed(interp, lambda: interp.torch.matmul(left.probe.to(dtype), right.probe.to(dtype)))


def _np_matmul(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.matmul(a, b)`: as `a @ b`."""
    return _matmul(interp, args[0], args[1]) if len(args) == 2 and not kwargs else UNKNOWN


def _np_dot(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.dot(a, b)` (or `a.dot(b)`) of arrays or lists of numbers, where it is `a @ b`: both of at most two
    dimensions, or either one 1-d (the sum over its axis and the matching one of the other); between two arrays of
    more dimensions it is another product."""
    if len(args) != 2 or kwargs:
        return UNKNOWN
    arrays = [from_data(interp, a) if isinstance(a, Sequence) and a.kind in ("list", "tuple") else a for a in args]
    if not all(isinstance(a, NdArray) for a in arrays):
        return UNKNOWN
    dims = [a.probe.dim() for a in arrays if isinstance(a, NdArray)]
    if max(dims) > 2 and min(dims) != 1:
        return UNKNOWN
    return _matmul(interp, arrays[0], arrays[1])


def array_comparison(interp: InterpreterApi, left: Value, right: Value) -> Value:
    """`a > b` (any of the six comparisons) of an array and an array, a number or a bool: a bool array of their
    broadcast shape."""
    arrays = [v.probe for v in (left, right) if isinstance(v, NdArray)]
    others = [v for v in (left, right) if not isinstance(v, NdArray)]
    if not all(_is_number(v) or isinstance(v, (Scalar, SymDim)) or _is_bool(v) for v in others):
        return UNKNOWN
    return _indexed(interp, lambda: interp.torch.broadcast_tensors(*arrays)[0].to(interp.torch.bool))


def text_comparison(interp: InterpreterApi, left: Value, right: Value) -> Value:
    """`a == s` / `a != s` of an array of strings and a string (or another such array): numpy compares item by
    item, a bool array of their broadcast shape."""
    if not all(isinstance(v, TextArray) or is_text(v) for v in (left, right)):
        return UNKNOWN
    arrays = [v.probe for v in (left, right) if isinstance(v, TextArray)]
    return _indexed(interp, lambda: interp.torch.broadcast_tensors(*arrays)[0].to(interp.torch.bool))


def _logical(interp: InterpreterApi, left: Value, right: Value) -> Value:
    """`a | b`, `a & b`, `a ^ b` of two bool arrays: a bool array of their broadcast shape (bitwise ops on ints
    are not modelled)."""
    torch = interp.torch
    if not (isinstance(left, NdArray) and isinstance(right, NdArray)):
        return UNKNOWN
    if left.probe.dtype != torch.bool or right.probe.dtype != torch.bool:
        return UNKNOWN
    return _indexed(interp, lambda: torch.logical_or(left.probe, right.probe))


def _in_place(target: Value, result: Value) -> Value:
    """`a += b`: numpy writes into `a`, which keeps its shape and dtype; a result of another shape or kind
    of dtype (an int array given floats) is an error numpy raises, so unknown."""
    if not (isinstance(target, NdArray) and isinstance(result, NdArray)):
        return UNKNOWN
    before, after = target.probe.shape, result.probe.shape
    if _kind(result.probe.dtype) != _kind(target.probe.dtype) or len(before) != len(after):
        return UNKNOWN
    if not all(same_dim(a, b) for a, b in zip(before, after, strict=True)):
        return UNKNOWN
    return target.view(target.probe)


_ARITHMETIC = (
    operator.add,
    operator.sub,
    operator.mul,
    operator.truediv,
    operator.floordiv,
    operator.mod,
    operator.pow,
    max,
    min,
)


def _items(value: Value, length: Any) -> list[Any] | None:
    """The known int items of an operand broadcast to `length` (a number repeats)."""
    if isinstance(value, NdArray):
        if value.values is None:
            return None
        return list(value.values) * (length if len(value.values) == 1 and isinstance(length, int) else 1)
    return [value] * length if _is_size(value) and isinstance(length, int) else None


def _arange(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.arange(stop)` / `np.arange(start, stop[, step], dtype=None)`: int64 over ints, float64 when a bound
    is a float, or the dtype given; int bounds, some symbolic, in steps of a known int give ceil((stop - start) /
    step) items, none where that is negative (`np.arange(1, n + 1)`: n items; `np.arange(s, s + 16, 2)`: 8;
    `np.arange(n - m)`: max(n - m, 0))."""
    if set(kwargs) - {"dtype"} or not 1 <= len(args) <= 3:
        return UNKNOWN
    bounds = [Const(0), *args] if len(args) == 1 else list(args)
    numbers = [b.value for b in bounds if isinstance(b, Const) and type(b.value) in (int, float)]
    if len(numbers) == len(bounds):
        step = numbers[2] if len(numbers) == 3 else 1
        if step == 0 or max(abs(n) for n in numbers) > 1e9:
            return UNKNOWN
        length = max(0, math.ceil((numbers[1] - numbers[0]) / step))
        floats = any(type(n) is float for n in numbers)
        dtype = _dtype(interp, kwargs.get("dtype"), interp.torch.float64 if floats else interp.torch.int64)
        return empty_array(interp, [length], dtype) if dtype is not None else UNKNOWN
    start, stop = int_value(bounds[0]), int_value(bounds[1])
    step = int_value(bounds[2]) if len(bounds) == 3 else 1
    dtype = _dtype(interp, kwargs.get("dtype"), interp.torch.int64)
    if start is None or stop is None or not isinstance(step, int) or step == 0 or dtype is None:
        return UNKNOWN
    span = stop - start if step > 0 else start - stop
    length = (span + abs(step) - 1) // abs(step)
    length = max(0, length) if isinstance(length, int) else length
    return empty_array(interp, [length if _not_negative(length) else interp.torch.sym_max(length, 0)], dtype)


def _not_negative(size: Any) -> bool:
    """Whether an int or symbolic int is surely at least 0."""
    if isinstance(size, int):
        return size >= 0
    from torch.fx.experimental.symbolic_shapes import statically_known_true

    return bool(statically_known_true(size >= 0))


def _meshgrid(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.meshgrid(x, y, ...)` of 1-d arrays: each array spread over the grid of all their lengths, the first
    two swapped for the default indexing='xy'."""
    indexing = kwargs.get("indexing", Const("xy"))
    if set(kwargs) - {"indexing"} or not isinstance(indexing, Const) or indexing.value not in ("xy", "ij"):
        return UNKNOWN
    if not args or not all(isinstance(a, NdArray) and a.probe.dim() == 1 for a in args):
        return UNKNOWN
    lengths = [a.probe.shape[0] for a in args if isinstance(a, NdArray)]
    if indexing.value == "xy" and len(lengths) > 1:
        lengths[0], lengths[1] = lengths[1], lengths[0]
    grids = [empty_array(interp, lengths, a.probe.dtype) for a in args if isinstance(a, NdArray)]
    return UNKNOWN if any(g is UNKNOWN for g in grids) else Sequence(tuple(grids), "tuple")


def _arrays(value: Value) -> list[Any] | None:
    """The probes of a list, tuple or deque of arrays."""
    items = value.items if isinstance(value, Sequence) and value.kind in ("list", "tuple", "deque") else None
    if not items or not all(isinstance(i, NdArray) for i in items):
        return None
    return [i.probe for i in items if isinstance(i, NdArray)]


def _joined(interp: InterpreterApi, probes: list[Any] | None, join: Callable[[list[Any]], Any]) -> Value:
    """The array `join` makes of probes brought to numpy's common dtype (unknown where that is not modelled)."""
    if probes is None:
        return UNKNOWN
    dtype = probes[0].dtype
    for probe in probes[1:]:
        dtype = _promoted(interp, dtype, probe.dtype) if dtype is not None else None
    if dtype is None:
        return UNKNOWN
    return _indexed(interp, lambda: join([p.to(dtype) for p in probes]))


def _axis(args: list[Value], kwargs: dict[str, Value], at: int) -> int | None:
    """The int `axis` given at position `at` or by keyword (0 when absent); None when not a known int."""
    given = args[at] if len(args) > at else kwargs.get("axis", Const(0))
    return given.value if isinstance(given, Const) and type(given.value) is int else None


def _concatenate(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.concatenate(arrays, axis=0)`: as `torch.cat`."""
    axis = _axis(args, kwargs, 1)
    if not 1 <= len(args) <= 2 or set(kwargs) - {"axis"} or axis is None:
        return UNKNOWN

    def join(probes: list[Any]) -> Any:
        return interp.torch.cat(probes, axis)

    return _unknown_count(interp, args[0], join, lambda one: axis) or _joined(interp, _arrays(args[0]), join)


def _split(equal: bool) -> Builtin:
    """`np.split` (`equal`: an int count must divide the axis, else numpy raises) or `np.array_split`."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`np.split(a, n, axis=0)`: `n` parts of the axis, as `torch.tensor_split` cuts them; `np.split(a,
        [i, j])`: the parts between those indices."""
        axis = _axis(args, kwargs, 2)
        if not 2 <= len(args) <= 3 or set(kwargs) - {"axis"} or axis is None or not isinstance(args[0], NdArray):
            return UNKNOWN
        array, sections = args[0], args[1]
        probe = array.probe
        if not -probe.dim() <= axis < probe.dim():
            return UNKNOWN
        if not isinstance(probe.shape[axis], int):
            return _split_unknown_axis(interp, array, axis, sections)
        cuts: int | list[int] | None = known_ints(sections)
        if isinstance(sections, Const):
            count = sections.value
            if type(count) is not int or not 0 < count <= MAX_SPLIT_PARTS or (equal and probe.shape[axis] % count):
                return UNKNOWN
            cuts = count
        if cuts is None or (isinstance(cuts, list) and (len(cuts) >= MAX_SPLIT_PARTS or min(cuts, default=0) < 0)):
            return UNKNOWN
        parts = probe.tensor_split(cuts, axis)
        return Sequence(tuple(array.view(part) for part in parts), "list")

    return Builtin("split" if equal else "array_split", apply)


def _split_unknown_axis(interp: InterpreterApi, array: NdArray, axis: int, sections: Value) -> Value:
    """`np.split(a, [i, j])` or `np.split(a, n)` along an axis whose size is not known: as many parts as
    the cuts make, the other axes kept, each part's size along the axis not known."""
    cuts = known_ints(sections) if isinstance(sections, Sequence) else None
    parts = sections.value if isinstance(sections, Const) else len(cuts) + 1 if cuts is not None else None
    if type(parts) is not int or not 0 < parts <= MAX_SPLIT_PARTS:
        return UNKNOWN
    shape = list(array.probe.shape)
    try:
        sized = [[*shape[:axis], interp.symbols.named_unknown(None), *shape[axis + 1 :]] for _ in range(parts)]
    except SymbolsDeferred:
        return UNKNOWN
    return Sequence(tuple(empty_array(interp, part, array.probe.dtype) for part in sized), "list")


def _stack(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.stack(arrays, axis=0)`: as `torch.stack`."""
    axis = _axis(args, kwargs, 1)
    if not 1 <= len(args) <= 2 or set(kwargs) - {"axis"} or axis is None:
        return UNKNOWN

    def join(probes: list[Any]) -> Any:
        return interp.torch.stack(probes, axis)

    return (
        _unknown_count(interp, args[0], join, lambda one: axis)
        or _stacked_numbers(interp, args[0], axis)
        or _joined(interp, _arrays(args[0]), join)
    )


def _stacked_numbers(interp: InterpreterApi, numbers: Value, axis: int) -> Value | None:
    """`np.stack(numbers)` of a list of Python numbers (`map(np.stack, zip(*batch))` over rewards): one dimension
    of the list's length (unknown unless named), float64 if any is a float, else int64 or bool; None when the
    list holds something else."""
    if not (isinstance(numbers, Sequence) and numbers.kind in ("list", "tuple")) or axis not in (0, -1):
        return None
    members = [numbers.element] if numbers.items is None else list(numbers.items)
    dtypes = {_fill_dtype(interp, member) for member in members}
    if not members or None in dtypes:
        return None
    torch = interp.torch
    dtype = dtypes.pop() if len(dtypes) == 1 else torch.float64 if dtypes == {torch.int64, torch.float64} else None
    try:
        count = numbers.length if numbers.items is None else len(numbers.items)
        count = interp.symbols.unknown() if count is None else count
    except SymbolsDeferred:
        return UNKNOWN
    return empty_array(interp, [count], dtype) if dtype is not None else UNKNOWN


def _unknown_count(
    interp: InterpreterApi, arrays: Value, join: Callable[[list[Any]], Any], axis_of: Callable[[Any], int]
) -> Value | None:
    """`np.stack`, `np.concatenate`, `np.vstack` and their kin of a list of unknown length whose items are arrays
    like its element, or data numpy makes such arrays of as `np.array` does (nested lists of numbers); numpy raises
    on no array at all: the array `join` makes of one item, its joined axis (`axis_of` that array) the list's length
    times that one item's (an unknown size unless the length is named); None for a list whose items are known."""
    if not (isinstance(arrays, Sequence) and arrays.items is None):
        return None
    item = from_data(interp, arrays.element)
    if not isinstance(item, NdArray):
        return None
    one = _joined(interp, [item.probe], join)
    if not isinstance(one, NdArray):
        return one
    shape = list(one.probe.shape)
    try:
        count = arrays.length if arrays.length is not None else interp.symbols.unknown()
    except SymbolsDeferred:
        return UNKNOWN
    axis = axis_of(one.probe)
    shape[axis] = count * shape[axis]
    return empty_array(interp, shape, one.probe.dtype)


def _vstack(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.vstack(arrays)`: arrays of fewer than two dimensions become rows, then joined along the first axis."""
    if len(args) != 1 or kwargs:
        return UNKNOWN

    def join(probes: list[Any]) -> Any:
        return interp.torch.cat([p.reshape(1, -1) if p.dim() < 2 else p for p in probes])

    return _unknown_count(interp, args[0], join, lambda one: 0) or _joined(interp, _arrays(args[0]), join)


def _ranked_arrays(args: list[Value], kwargs: dict[str, Value]) -> list[Any] | None:
    """The probes of the one argument of `np.hstack(arrays)` and its kin, none of them 0-d; None otherwise."""
    probes = _arrays(args[0]) if len(args) == 1 and not kwargs else None
    return None if probes is None or any(p.dim() == 0 for p in probes) else probes


def _hstack(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.hstack(arrays)`: 1-d arrays joined end to end, others along their second axis."""
    if len(args) != 1 or kwargs:
        return UNKNOWN

    def join(probes: list[Any]) -> Any:
        return interp.torch.cat(probes, 0 if probes[0].dim() == 1 else 1)

    return _unknown_count(interp, args[0], join, lambda one: 0 if one.dim() == 1 else 1) or _joined(
        interp, _ranked_arrays(args, kwargs), join
    )


def _column_stack(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.column_stack(arrays)`: 1-d arrays become columns, then all are joined along the second axis."""
    if len(args) != 1 or kwargs:
        return UNKNOWN

    def join(probes: list[Any]) -> Any:
        return interp.torch.cat([p.reshape(-1, 1) if p.dim() == 1 else p for p in probes], 1)

    return _unknown_count(interp, args[0], join, lambda one: 1) or _joined(interp, _ranked_arrays(args, kwargs), join)


def _dstack(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.dstack(arrays)`: arrays made 3-d as `np.atleast_3d` makes them (`(n,)` as `(1, n, 1)`, `(m, n)` as
    `(m, n, 1)`), then joined along the third axis."""
    if len(args) != 1 or kwargs:
        return UNKNOWN

    def join(probes: list[Any]) -> Any:
        return interp.torch.cat([interp.torch.atleast_3d(p) for p in probes], 2)

    return _unknown_count(interp, args[0], join, lambda one: 2) or _joined(interp, _arrays(args[0]), join)


def _known_number_array(interp: InterpreterApi, value: Value) -> NdArray | None:
    """An array, or a Python int or float (a known one or a size) as the 0-d array numpy makes of it (int64,
    float64)."""
    if isinstance(value, NdArray):
        return value
    if isinstance(value, SymDim) or (isinstance(value, Const) and type(value.value) in (int, float)):
        dtype = interp.torch.float64 if isinstance(value, Const) and type(value.value) is float else interp.torch.int64
        array = empty_array(interp, [], dtype)
        return array if isinstance(array, NdArray) else None
    return None


def _append(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.append(a, b, axis=k)` joins along `k`; without an axis both are flattened first (a known number is a
    0-d array)."""
    arrays = [_known_number_array(interp, a) for a in args]
    if len(args) != 2 or set(kwargs) - {"axis"} or None in arrays:
        return UNKNOWN
    probes = [a.probe for a in arrays if a is not None]
    if "axis" not in kwargs:
        return _joined(interp, probes, lambda ps: interp.torch.cat([p.reshape(-1) for p in ps]))
    axis = _axis([], kwargs, 0)
    return UNKNOWN if axis is None else _joined(interp, probes, lambda ps: interp.torch.cat(ps, axis))


def _tile(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.tile(a, reps)` for repetitions known or symbolic (sizes): as `torch.tile`, which pads shape and
    repetitions alike."""
    reps = given_sizes(args[1]) if len(args) == 2 and not kwargs else None
    if reps is None or not isinstance(args[0], NdArray) or any(isinstance(r, int) and r < 0 for r in reps):
        return UNKNOWN
    probe = args[0].probe
    return _indexed(interp, lambda: probe.tile(reps))


def _diag(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.diag(v, k)`: the square array with a 1-d `v` of n items on its k-th diagonal, n + |k| a side, or the
    k-th diagonal of a 2-d array [n, m] (min(n, m - k) items above the main one, min(n + k, m) below, at least
    none), in the array's dtype."""
    bound = {**dict(zip(("v", "k"), args, strict=False)), **kwargs}
    array, offset = bound.get("v"), bound.get("k", Const(0))
    if len(args) > 2 or set(kwargs) - {"v", "k"} or not isinstance(array, NdArray) or array.probe.dim() not in (1, 2):
        return UNKNOWN
    if not (isinstance(offset, Const) and type(offset.value) is int):
        return UNKNOWN
    torch, probe, k = interp.torch, array.probe, offset.value
    if probe.dim() == 1:
        side = probe.shape[0] + abs(k)
        shape = [side, side]
    else:
        rows, columns = probe.shape
        length = torch.sym_min(rows, columns - k) if k >= 0 else torch.sym_min(rows + k, columns)
        shape = [torch.sym_max(length, 0) if k else length]
    return _indexed(interp, lambda: probe.new_empty(shape))


def _as_method(name: str) -> Builtin:
    """`np.reshape(a, shape)` / `np.transpose(a, axes)`: the array method of that name, on `np.asarray(a)` (a
    number or a list of numbers becomes an array first)."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        array = from_data(interp, args[0]) if args else UNKNOWN
        if not isinstance(array, NdArray):
            return UNKNOWN
        method = array.member(name)
        return method.function(interp, args[1:], kwargs, node) if isinstance(method, Builtin) else UNKNOWN

    return Builtin(name, apply)


@dataclass(frozen=True, eq=False)
class IndexGrid(Modelled):
    """`np.mgrid` (`dense`) or `np.ogrid`: indexed by int slices, the int grids of their ranges; `np.mgrid[:h, :w]`
    is one array [2, h, w], `np.ogrid[:h, :w]` a list of [h, 1] and [1, w]; one slice gives one 1-d range."""

    dense: bool

    def item(self, interp: InterpreterApi, index: Value) -> Value:
        slices = index.items if isinstance(index, Sequence) and index.kind == "tuple" else (index,)
        if slices is None or not slices:
            return UNKNOWN
        lengths = [_slice_length(part) for part in slices]
        if any(length is None for length in lengths):
            return UNKNOWN
        torch = interp.torch
        if len(lengths) == 1:
            return empty_array(interp, lengths, torch.int64)
        if self.dense:
            return empty_array(interp, [len(lengths), *lengths], torch.int64)
        rank = len(lengths)
        return Sequence(
            tuple(
                empty_array(interp, [n if axis == at else 1 for axis in range(rank)], torch.int64)
                for at, n in enumerate(lengths)
            ),
            "list",
        )


@dataclass(frozen=True, eq=False)
class AxisConcatenator(Modelled):
    """`np.r_` (`columns` false) or `np.c_`: indexed by arrays, those arrays joined as `np.concatenate` joins them;
    `np.r_` lifts a 0-d array or a Python number to one item and an int slice `a:b:c` to the int64 range
    `np.arange(a, b, c)` and joins along the first axis, `np.c_` makes 0-d and 1-d arrays columns ([1, 1] and
    [n, 1]) and joins along the last; string directives, point counts (an imaginary step) and numbers or slices
    in `np.c_` are not modelled."""

    columns: bool

    def item(self, interp: InterpreterApi, index: Value) -> Value:
        parts = index.items if isinstance(index, Sequence) and index.kind == "tuple" else (index,)
        if not self.columns and parts is not None:
            parts = _numbers_as_arrays(interp, tuple(_range_of_slice(interp, part) for part in parts))
        if not parts or not all(isinstance(p, NdArray) for p in parts):
            return UNKNOWN
        probes = [p.probe for p in parts if isinstance(p, NdArray)]
        if self.columns:
            return _joined(
                interp, probes, lambda ps: interp.torch.cat([p.reshape(-1, 1) if p.dim() < 2 else p for p in ps], -1)
            )
        return _joined(interp, probes, lambda ps: interp.torch.cat([p.reshape(1) if p.dim() == 0 else p for p in ps]))


def _range_of_slice(interp: InterpreterApi, part: Value) -> Value:
    """An int slice of `np.r_[...]` as the int64 range it stands for; any other part as it is."""
    length = _slice_length(part)
    return part if length is None else empty_array(interp, [length], interp.torch.int64)


def _numbers_as_arrays(interp: InterpreterApi, parts: tuple[Value, ...]) -> tuple[Value, ...] | None:
    """The parts of `np.r_[...]` with each Python int or float as the one-item array numpy makes of it: numpy
    takes the arrays' common dtype when the numbers fit its kind (an int with any int or float arrays, a float
    with float ones), float64 when a float meets int arrays, int64 or float64 when all are numbers; None when
    a dtype is not modelled (a bool array, a number of either kind)."""
    kinds = {number_kind(p) for p in parts if not isinstance(p, NdArray)}
    if not kinds:
        return parts
    if not kinds <= {int, float}:
        return None
    dtype = None
    for part in parts:
        if isinstance(part, NdArray):
            dtype = part.probe.dtype if dtype is None else _promoted(interp, dtype, part.probe.dtype)
            if _kind(dtype) is None:
                return None
    if dtype is None or (float in kinds and _kind(dtype) == "int"):
        dtype = interp.torch.float64 if float in kinds else interp.torch.int64
    item = empty_array(interp, [1], dtype)
    return tuple(part if isinstance(part, NdArray) else item for part in parts)


def _slice_length(part: Value) -> int | None:
    """How many ints `start:stop:step` of known ints holds (an imaginary step, numpy's point count, is not
    modelled)."""
    if not (isinstance(part, Const) and isinstance(part.value, slice)):
        return None
    bounds = (part.value.start, part.value.stop, part.value.step)
    if part.value.stop is None or not all(b is None or type(b) is int for b in bounds):
        return None
    return len(range(part.value.start or 0, part.value.stop, part.value.step or 1))


def _repeat(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.repeat(a, n, axis=None)` for an int or a size `n`: each item `n` times, over the flattened array unless
    an axis is given (as `torch.repeat_interleave`); a number `a` is a 0-d array of numpy's dtype for it."""
    if len(args) >= 2 and _is_number_value(args[0]):
        kind = number_kind(args[0])
        dtype = interp.torch.int64 if kind is int else interp.torch.float64 if kind is float else None
        args = [empty_array(interp, [], dtype) if dtype is not None else UNKNOWN, *args[1:]]
    if not 2 <= len(args) <= 3 or set(kwargs) - {"axis"} or not isinstance(args[0], NdArray):
        return UNKNOWN
    times = int_value(args[1])
    axis = args[2] if len(args) == 3 else kwargs.get("axis", Const(None))
    if times is None or (isinstance(times, int) and times < 0):
        return UNKNOWN
    if not (isinstance(axis, Const) and (axis.value is None or type(axis.value) is int)):
        return UNKNOWN
    probe, dim = args[0].probe, axis.value
    if not isinstance(times, int):  # a size: each item that many times, side by side along a new axis
        return _indexed(interp, lambda: _repeated(probe, times, dim))
    return _indexed(interp, lambda: probe.repeat_interleave(times, dim))


def _repeated(probe: Any, times: Any, dim: int | None) -> Any:
    """`probe` with each item along `dim` (of the flattened probe for None) `times` times in a row: the axis
    `times` times as long; IndexError for an axis the probe lacks (numpy raises)."""
    flat = probe.reshape(-1) if dim is None else probe
    axis = 0 if dim is None else dim + flat.dim() if dim < 0 else dim
    if not 0 <= axis < flat.dim():
        raise IndexError(dim)
    shape = list(flat.shape)
    spread = flat.unsqueeze(axis + 1).expand(*shape[: axis + 1], times, *shape[axis + 1 :])
    return spread.reshape(*shape[:axis], shape[axis] * times, *shape[axis + 1 :])


# np.linalg's functions with the torch.linalg equivalent whose shapes they share; `svd` and `qr` give numpy's
# default layout (full matrices; the reduced QR), `slogdet` of a matrix two numbers.
_LINALG = ("inv", "pinv", "cholesky", "eigh", "eigvalsh", "svd", "qr", "slogdet", "det")
_LINALG_OPTIONS = {"svd": {"full_matrices"}, "qr": {"mode"}, "eigh": {"UPLO"}, "eigvalsh": {"UPLO"}}


def _linalg(name: str) -> Builtin:
    """`np.linalg.NAME(a)` of a float array (an int array is taken as float64, as numpy does): the arrays torch's
    equivalent gives on the probe, in the array's dtype; numbers where a matrix's result is 0-d."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if len(args) != 1 or not isinstance(args[0], NdArray) or set(kwargs) - _LINALG_OPTIONS.get(name, set()):
            return UNKNOWN
        options = {k: v.value for k, v in kwargs.items() if isinstance(v, Const)}
        if len(options) != len(kwargs) or options.get("mode", "reduced") not in ("reduced", "complete"):
            return UNKNOWN
        torch, probe = interp.torch, args[0].probe
        kind = _kind(probe.dtype)
        if kind is None or probe.dtype == torch.float16:
            return UNKNOWN
        try:
            with interp.symbols.mode(), torch.device("meta"):
                result = getattr(torch.linalg, name)(probe.to(torch.float64) if kind == "int" else probe, **options)
        except (RuntimeError, ValueError, TypeError, SymbolsDeferred):
            return UNKNOWN
        parts = tuple(result) if isinstance(result, tuple) else (result,)
        values = tuple(Scalar(float) if part.dim() == 0 else NdArray(part) for part in parts)
        return Sequence(values, "tuple") if isinstance(result, tuple) else values[0]

    return Builtin(name, apply)


def _norm(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.linalg.norm(x, ord=None, axis=None, keepdims=False)`: the array reduced over `axis` (every axis when
    None; two for a matrix norm), as a mean is (ints give float64): whichever `ord`, a norm has that shape."""
    given = {**dict(zip(("x", "ord", "axis", "keepdims"), args, strict=False)), **kwargs}
    array = given.get("x")
    if len(args) > 4 or set(given) - {"x", "ord", "axis", "keepdims"} or not isinstance(array, NdArray):
        return UNKNOWN
    return reduced(interp, "mean", array, given.get("axis", Const(None)), given.get("keepdims", Const(False)))


def _ndarray_class() -> type:
    """numpy's array class; where numpy is not installed no array exists, and a class of that name stands for it."""
    try:
        import numpy
    except ImportError:
        return type("ndarray", (), {})
    return numpy.ndarray


_FUNCTIONS: dict[str, Any] = {
    "array": Builtin("array", _np_array),
    "asarray": Builtin("asarray", _np_array),
    "asanyarray": Builtin("asanyarray", _np_array),
    "ascontiguousarray": Builtin("ascontiguousarray", _laid_out),
    "asfortranarray": Builtin("asfortranarray", _laid_out),
    "memmap": Builtin("memmap", _memmap),
    "frombuffer": Builtin("frombuffer", _frombuffer),
    "fromstring": Builtin("fromstring", _fromstring),
    "finfo": numpy_limits("finfo"),
    "iinfo": numpy_limits("iinfo"),
    "ones": Builtin("ones", _filled),
    "zeros": Builtin("zeros", _filled),
    "empty": Builtin("empty", _filled),
    "full": Builtin("full", _full),
    **{name: _like(name) for name in ("zeros_like", "ones_like", "empty_like", "full_like")},
    "expand_dims": Builtin("expand_dims", _expand_dims),
    **{f"atleast_{rank}d": _at_least(rank) for rank in (1, 2, 3)},
    "arange": Builtin("arange", _arange),
    "linspace": Builtin("linspace", _linspace),
    "meshgrid": Builtin("meshgrid", _meshgrid),
    "mgrid": IndexGrid(dense=True),
    "ogrid": IndexGrid(dense=False),
    "r_": AxisConcatenator(columns=False),
    "c_": AxisConcatenator(columns=True),
    "reshape": _as_method("reshape"),
    "transpose": _as_method("transpose"),
    "squeeze": _as_method("squeeze"),
    "concatenate": Builtin("concatenate", _concatenate),
    "stack": Builtin("stack", _stack),
    "split": _split(equal=True),
    "array_split": _split(equal=False),
    "vstack": Builtin("vstack", _vstack),
    "hstack": Builtin("hstack", _hstack),
    "column_stack": Builtin("column_stack", _column_stack),
    "dstack": Builtin("dstack", _dstack),
    "append": Builtin("append", _append),
    "tile": Builtin("tile", _tile),
    "repeat": Builtin("repeat", _repeat),
    "eye": Builtin("eye", _eye),
    "identity": Builtin("identity", _identity),
    "where": Builtin("where", _where),
    "nonzero": Builtin("nonzero", _where),
    "diag": Builtin("diag", _diag),
    "triu": Builtin("triu", _same_shape),
    "tril": Builtin("tril", _same_shape),
    "copy": Builtin("copy", _same_shape),
    "round": Builtin("round", _rounded),
    "around": Builtin("around", _rounded),
    "clip": Builtin("clip", _np_clip),
    "power": Builtin("power", _power),
    "matmul": Builtin("matmul", _np_matmul),
    "dot": Builtin("dot", _np_dot),
    "square": Builtin("square", _square),
    "add": _operator(ast.Add, operator.add),
    "subtract": _operator(ast.Sub, operator.sub),
    "multiply": _operator(ast.Mult, operator.mul),
    "divide": _operator(ast.Div, operator.truediv),
    # the larger / smaller item of each broadcast pair, of the dtype `a + b` has
    "maximum": _operator(ast.Add, max),
    "minimum": _operator(ast.Add, min),
    "true_divide": _operator(ast.Div, operator.truediv),
    **{name: _elementwise(getattr(math, name)) for name in ("sin", "cos", "tan", "exp", "log", "sqrt", "tanh")},
    **{name: _elementwise(getattr(math, name)) for name in ("log1p", "expm1", "log2", "log10", "sinh", "cosh")},
    **{name: _elementwise(getattr(math, name)) for name in ("ceil", "floor", "trunc")},
    **{name: _elementwise(getattr(math, "a" + name[3:])) for name in ("arcsin", "arccos", "arctan")},
    **{name: Builtin(name, _keeps_dtype) for name in ("abs", "absolute", "negative", "sign", "reciprocal")},
    **{name: _bool_array(1) for name in ("logical_not", "isnan", "isinf", "isfinite")},
    **{
        name: _bool_array(2)
        for name in (
            *("equal", "not_equal", "greater", "greater_equal", "less", "less_equal"),
            *("logical_and", "logical_or", "logical_xor"),
        )
    },
    "isin": Builtin("isin", _isin),
    "prod": Builtin("prod", _prod),
    "cumsum": _as_method("cumsum"),
    "diff": Builtin("diff", _diff),
    "cumprod": _as_method("cumprod"),
    "argmax": _as_method("argmax"),
    "argmin": _as_method("argmin"),
    "sort": Builtin("sort", _sorting("sort")),
    "argsort": Builtin("argsort", _argsort),
    "lexsort": Builtin("lexsort", _lexsort),
    **{name: _function_reduction(name) for name in _REDUCTIONS},
    "amax": _function_reduction("max"),
    "amin": _function_reduction("min"),
    "linalg": Submodule({**{name: _linalg(name) for name in _LINALG}, "norm": Builtin("norm", _norm)}),
    "random": Submodule(
        {
            **_LEGACY.members,
            "default_rng": Builtin("default_rng", _generator),
            "RandomState": Builtin("RandomState", _random_state),
        }
    ),
    **{
        name: NumpyDtype(name.rstrip("_"))
        for name in (
            "float16",
            "float32",
            "float64",
            "int8",
            "int16",
            "int32",
            "int64",
            "uint8",
            "uint16",
            "uint32",
            "uint64",
            "bool_",
            "bool",
            "complex64",
            "complex128",
        )
    },
    **{alias: NumpyDtype(name) for alias, name in (("half", "float16"), ("single", "float32"), ("double", "float64"))},
    "pi": Const(math.pi),
    "e": Const(math.e),
    "inf": Const(math.inf),
    "nan": Const(math.nan),
    "newaxis": Const(None),
    "ndarray": AbstractCollection(_ndarray_class()),
}
MEMBERS = {name: per_dtype(member) if isinstance(member, Builtin) else member for name, member in _FUNCTIONS.items()}


def as_tensor_index(index: Value) -> Value:
    """A tensor's index with its numpy int and bool arrays as the tensors torch turns them into (`x[:, perm]`)."""
    if isinstance(index, Sequence) and index.kind == "tuple" and index.items is not None:
        parts = tuple(as_tensor_index(part) for part in index.items)
        return index if all(a is b for a, b in zip(parts, index.items, strict=True)) else Sequence(parts)
    if isinstance(index, NdArray):
        name = str(index.probe.dtype).removeprefix("torch.")
        if name == "bool" or (name in _INTS and name != "uint8"):  # uint8 would index as torch's legacy byte mask
            return TensorValue(index.probe)
    return index


def tensor_from_array(
    interp: InterpreterApi, ref: TorchRef, args: list[Any], kwargs: dict[str, Any], node: ast.AST
) -> Any:
    """The tensor a torch constructor builds from numpy arrays (`torch.from_numpy(a)`, `torch.tensor(a)`,
    `torch.FloatTensor(a)`, `torch.LongTensor([a, b])`); None for any other call, a numpy integer passed first
    included (`torch.zeros(lengths[0])`, `nn.Embedding(counts[i], dim)`: torch reads it as an int)."""
    from ..torch_model import split_device  # torch_model reads arrays through this module

    torch = interp.torch
    if any(holds_mixed(a) for a in [*args, *kwargs.values()]):  # once per dtype the arrays may have
        return each_dtype(interp, lambda i, a, k, n: tensor_from_array(i, ref, a, k, n), args, kwargs, node)
    if not args or not any(isinstance(a, NdArray) for a in _leaves(args[0])):
        return None
    kwargs, device_given = split_device(kwargs)
    kwargs = {k: v for k, v in kwargs.items() if k != "requires_grad"}  # autograd, not the shape
    legacy = tensor_type(torch, ref)
    if legacy is not None and len(args) == 1 and not kwargs:
        dtype = legacy.dtype
    elif ref.obj is torch.from_numpy and len(args) == 1 and not kwargs and isinstance(args[0], NdArray):
        dtype = None
    elif ref.obj in (torch.tensor, torch.as_tensor, torch.asarray) and len(args) == 1 and set(kwargs) <= {"dtype"}:
        given = kwargs.get("dtype", Const(None))
        if isinstance(given, TorchRef) and isinstance(given.obj, torch.dtype):
            dtype = given.obj
        elif isinstance(given, Const) and (given.value is None or isinstance(given.value, torch.dtype)):
            dtype = given.value
        else:
            return UNKNOWN
    else:
        return None if _integer_scalar(args[0]) else UNKNOWN
    array = from_data(interp, args[0])
    for leaf in _leaves(args[0]):  # `torch.from_numpy` shares the buffer: changes to the tensor change the array
        for buffer in leaf.literals() if isinstance(leaf, NdArray) else ():
            buffer.intact = False
    if not isinstance(array, NdArray):
        return UNKNOWN
    try:
        probe = interp.calls.empty(list(array.probe.shape), dtype or array.probe.dtype)
    except SymbolsDeferred:
        return UNKNOWN
    device = device_given or (legacy.device if legacy is not None else "cpu")
    return TensorValue(probe, device, (ref.qualname,), None, getattr(node, "lineno", 1) - 1)


def _leaves(value: Any) -> list[Any]:
    """`value` itself, or the items of a list or tuple of it."""
    if isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items is not None:
        return list(value.items)
    return [value]
