"""`numpy` arrays as far as they feed tensors: an array's shape and dtype are carried by a meta tensor of the
equivalent torch dtype (numpy's defaults: float64 for floats, int64 for ints), built by `np.array` /
`np.asarray` from nested lists (whose numbers may be unknown), `np.ones` / `np.zeros` / `np.empty`, and kept by
the shape-preserving functions (`np.triu`, `np.sin`, ...); indexing, `reshape`, `ravel`, `.T` and
`np.expand_dims` follow torch's rules, which numpy's agree with there. `torch.from_numpy`, `torch.tensor` and
the legacy constructors (`torch.FloatTensor(a)`, also over a list of equal arrays) turn one into a tensor.
Assigning into an array (`a[:, 0::2] = ...`) never changes its shape or dtype. Numbers given to numpy's math
functions fold as Python's `math` does."""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..joins import same_dim
from ..legacy_tensors import tensor_type
from ..symbols import Symbols, SymbolsDeferred
from ..values import UNKNOWN, Const, Modelled, Scalar, Sequence, SymDim, TensorValue, TorchRef, Value


@dataclass(frozen=True, eq=False)
class NdArray(Modelled):
    """A numpy array: `probe` is a meta tensor with its shape and the torch dtype equivalent to its dtype."""

    probe: Any
    instance_of: ClassVar[str] = "numpy.ndarray"

    def member(self, name: str) -> Any:
        """`a.shape`, `a.ndim`, `a.T` and the methods that convert, copy or reshape an array."""
        if name == "shape":
            return Sequence(tuple(_size_value(d) for d in self.probe.shape))
        if name == "ndim":
            return Const(self.probe.dim())
        if name == "T":
            return NdArray(self.probe.permute(*reversed(range(self.probe.dim()))))
        methods = {
            "astype": self._astype,
            "reshape": self._reshape,
            "ravel": self._ravel,
            "flatten": self._ravel,
            "copy": self._copy,
        }
        return Builtin(name, methods[name]) if name in methods else UNKNOWN

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Arrays of one dtype and rank join as tensors do: the sizes that differ become symbolic or unknown."""
        from ..joins import join

        if not isinstance(other, NdArray):
            return UNKNOWN
        joined = join(TensorValue(self.probe, "cpu", ()), TensorValue(other.probe, "cpu", ()), symbols)
        return NdArray(joined.probe) if isinstance(joined, TensorValue) else UNKNOWN

    def _astype(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.astype(np.float32)`: the same shape in that dtype."""
        dtype = _dtype(interp, args[0], None) if len(args) == 1 and not kwargs else None
        return _array(interp, list(self.probe.shape), dtype) if dtype is not None else UNKNOWN

    def _reshape(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.reshape(2, 3)` / `a.reshape((2, -1))`, for known sizes (torch's rules, numpy's default order)."""
        if kwargs or not args:
            return UNKNOWN
        shape = _known_ints(args[0] if len(args) == 1 else Sequence(tuple(args)))
        if shape is None or not all(isinstance(d, int) for d in self.probe.shape):
            return UNKNOWN
        return _indexed(interp, lambda: self.probe.reshape(shape))

    def _ravel(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.ravel()` / `a.flatten()`: one dimension of all the elements."""
        if args or kwargs:
            return UNKNOWN
        return _indexed(interp, lambda: self.probe.reshape(-1))

    def _copy(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`a.copy()`: the same shape and dtype."""
        return self if not args and not kwargs else UNKNOWN

    def item(self, interp: InterpreterApi, index: Any) -> Any:
        """`a[index]` for ints, slices, None, `...` and lists of ints: numpy's basic indexing and its indexing by
        one integer list agree with torch's, so the meta tensor is indexed the same way."""
        torch = interp.torch
        parts = index.items if isinstance(index, Sequence) and index.kind == "tuple" else (index,)
        if parts is None:
            return UNKNOWN
        indices: list[Any] = []
        for part in parts:
            nested = _nested(part) if isinstance(part, Sequence) and part.kind == "list" else None
            if isinstance(part, Const) and isinstance(part.value, slice) and (part.value.step or 1) < 0:
                return UNKNOWN  # numpy walks backwards where torch refuses the step
            if isinstance(part, Const) and (
                part.value is None
                or part.value is Ellipsis
                or isinstance(part.value, slice)
                or (isinstance(part.value, int) and not isinstance(part.value, bool))
            ):
                indices.append(part.value)
            elif nested is not None and len(nested[0]) == 1 and nested[1] == {int}:
                indices.append(torch.zeros(nested[0], dtype=torch.int64, device="meta"))
            else:
                return UNKNOWN
        if sum(1 for i in indices if not isinstance(i, (int, slice)) and i is not None and i is not Ellipsis) > 1:
            return UNKNOWN  # several index lists: where numpy puts their dimension is not modelled
        return _indexed(interp, lambda: self.probe[tuple(indices)])


def _indexed(interp: InterpreterApi, view: Callable[[], Any]) -> Value:
    """The array `view()` makes of a probe (an index or a reshape, whose rules numpy and torch share); unknown
    where torch refuses it."""
    try:
        with interp.symbols.mode(), interp.torch.device("meta"):
            return NdArray(view())
    except (IndexError, RuntimeError, ValueError, TypeError, SymbolsDeferred):
        return UNKNOWN


@dataclass(frozen=True, eq=False)
class NumpyDtype(Modelled):
    """A numpy scalar type used as a dtype (`np.float32`); `dtype` names the equivalent torch dtype."""

    dtype: str

    def member(self, name: str) -> Any:
        """Attributes of numpy's scalar types are not modelled."""
        return UNKNOWN


@dataclass(frozen=True, eq=False)
class Namespace(Modelled):
    """A numpy submodule (`np.random`): its members by name."""

    members: dict[str, Any]

    def member(self, name: str) -> Any:
        """The member `name` (UNKNOWN when it is not modelled)."""
        return self.members.get(name, UNKNOWN)


def _size_value(size: Any) -> Any:
    return Const(size) if isinstance(size, int) else SymDim(size)


def _sizes(interp: InterpreterApi, value: Any) -> list[Any] | None:
    """The sizes a shape argument (`n` or `[a, b]`) gives, as ints or symbolic ints (a fresh symbol for an
    unknown int); None when not known."""
    items = value.items if isinstance(value, Sequence) and value.kind in ("list", "tuple") else (value,)
    if items is None:
        return None
    sizes = []
    for item in items:
        if isinstance(item, SymDim) or (
            isinstance(item, Const) and isinstance(item.value, int) and not isinstance(item.value, bool)
        ):
            sizes.append(item.value)
        elif isinstance(item, Scalar) and item.kind is int:
            try:
                sizes.append(interp.symbols.unknown())
            except SymbolsDeferred:
                return None
        else:
            return None
    return sizes


def _known_ints(value: Value) -> list[int] | None:
    """The ints of a shape argument (`n` or `(a, b)`) when all are known."""
    items = value.items if isinstance(value, Sequence) and value.kind in ("list", "tuple") else (value,)
    if items is None or not all(isinstance(i, Const) and type(i.value) is int for i in items):
        return None
    return [i.value for i in items if isinstance(i, Const)]


def _array(interp: InterpreterApi, shape: list[Any], dtype: Any) -> Any:
    try:
        return NdArray(interp.calls.empty(shape, dtype))
    except SymbolsDeferred:
        return UNKNOWN


def _from_data(interp: InterpreterApi, data: Any, node: ast.AST) -> Any:
    """The array `np.array(data)` builds: from an array, a list of equal arrays, or nested lists of numbers."""
    torch = interp.torch
    if isinstance(data, NdArray):
        return data
    if isinstance(data, Sequence) and data.kind in ("list", "tuple") and data.items:
        arrays = [item.probe for item in data.items if isinstance(item, NdArray)]
        if len(arrays) == len(data.items):
            first = arrays[0]
            if any(not _same_shape_and_dtype(first, other) for other in arrays[1:]):
                return UNKNOWN
            return _array(interp, [len(arrays), *first.shape], first.dtype)
        nested = _nested(data)
        if nested is None or not nested[1] <= {bool, int, float}:
            return UNKNOWN
        shape, kinds = nested
        dtype = torch.float64 if float in kinds else torch.int64 if int in kinds else torch.bool
        return _array(interp, shape, dtype)
    return UNKNOWN


def _same_shape_and_dtype(a: Any, b: Any) -> bool:
    return (
        a.dtype == b.dtype and a.dim() == b.dim() and all(same_dim(x, y) for x, y in zip(a.shape, b.shape, strict=True))
    )


def _nested(value: Any) -> tuple[list[Any], set[type]] | None:
    """The shape of a rectangular nested list of numbers (known or not) and the kinds of its numbers."""
    if isinstance(value, Scalar):
        return [], {value.kind}
    if isinstance(value, SymDim):
        return [], {int}
    if isinstance(value, Const) and type(value.value) in (bool, int, float):
        return [], {type(value.value)}
    if not (isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items):
        return None
    parts = [_nested(item) for item in value.items]
    shapes = [part[0] for part in parts if part is not None]
    if len(shapes) != len(parts) or any(shape != shapes[0] for shape in shapes):
        return None
    kinds = set().union(*(part[1] for part in parts if part is not None))
    return [len(value.items), *shapes[0]], kinds


def _dtype(interp: InterpreterApi, given: Value | None, default: Any) -> Any:
    """The torch dtype equivalent to a numpy dtype argument (`default` when none is given; None when it is not
    a modelled dtype)."""
    if given is None or (isinstance(given, Const) and given.value is None):
        return default
    return getattr(interp.torch, given.dtype) if isinstance(given, NumpyDtype) else None


def _np_array(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.array(data)` / `np.array(data, dtype=np.float32)`."""
    if len(args) != 1 or set(kwargs) - {"dtype"}:
        return UNKNOWN
    array = _from_data(interp, args[0], node)
    dtype = _dtype(interp, kwargs.get("dtype"), None)
    if not isinstance(array, NdArray) or "dtype" not in kwargs:
        return array
    return _array(interp, list(array.probe.shape), dtype) if dtype is not None else UNKNOWN


def _filled(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.ones(shape, dtype)` / `np.zeros(...)` / `np.empty(...)`: of that shape, float64 unless a dtype is
    given."""
    if not 1 <= len(args) <= 2 or set(kwargs) - {"dtype"} or (len(args) == 2 and "dtype" in kwargs):
        return UNKNOWN
    sizes = _sizes(interp, args[0])
    dtype = _dtype(interp, args[1] if len(args) == 2 else kwargs.get("dtype"), interp.torch.float64)
    return _array(interp, sizes, dtype) if sizes is not None and dtype is not None else UNKNOWN


def _expand_dims(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.expand_dims(a, axis)`: a dimension of size 1 inserted at `axis` (torch's `unsqueeze`)."""
    array = args[0] if args else None
    axis = args[1] if len(args) == 2 else kwargs.get("axis") if len(args) == 1 else None
    if not isinstance(array, NdArray) or not isinstance(axis, Const) or type(axis.value) is not int:
        return UNKNOWN
    probe, position = array.probe, axis.value
    return _indexed(interp, lambda: probe.unsqueeze(position))


def _eye(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.eye(n)` / `np.eye(n, m)`: a float64 identity of shape [n, m] (m defaults to n)."""
    if not 1 <= len(args) <= 2 or kwargs:
        return UNKNOWN
    sizes = _sizes(interp, Sequence(tuple(args)))
    if sizes is None:
        return UNKNOWN
    return _array(interp, sizes if len(sizes) == 2 else sizes * 2, interp.torch.float64)


def _random(dtype_name: str, size_at: int, spread: bool) -> Builtin:
    """A `np.random` sampler: an array of `dtype_name` whose shape is the argument at `size_at` (or keyword
    `size`; with `spread`, every positional argument is a size, as in `rand(2, 3)`); no size is a number."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        dtype = getattr(interp.torch, dtype_name)
        if spread:
            if kwargs:
                return UNKNOWN
            shape: Any = Sequence(tuple(args)) if args else None
        elif set(kwargs) <= {"size", "low", "high", "loc", "scale"}:
            shape = args[size_at] if len(args) > size_at else kwargs.get("size")
        else:
            return UNKNOWN
        if shape is None or (isinstance(shape, Const) and shape.value is None):
            return Scalar(int if dtype_name == "int64" else float)
        sizes = _sizes(interp, shape)
        return _array(interp, sizes, dtype) if sizes is not None else UNKNOWN

    return Builtin(dtype_name, apply)


def _prod(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.prod(sizes)` of a list or tuple of known ints: their product; of other numbers, an unknown number."""
    if len(args) != 1 or kwargs:
        return UNKNOWN
    items = args[0].items if isinstance(args[0], Sequence) and args[0].kind in ("list", "tuple", "size") else None
    if items is None:
        return Scalar(float) if isinstance(args[0], NdArray) and args[0].probe.dtype.is_floating_point else UNKNOWN
    known = [i.value for i in items if isinstance(i, Const) and type(i.value) is int]
    if len(known) == len(items):
        return Const(math.prod(known))
    return UNKNOWN


def _same_shape(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.triu(a, k)` / `np.tril(a, k)` / `np.copy(a)`: an array of the same shape and dtype."""
    return args[0] if args and isinstance(args[0], NdArray) else UNKNOWN


def _elementwise(function: Callable[[float], float]) -> Builtin:
    """A numpy math function of one argument: over an array, a float array of its shape; over a number,
    folded as `math` does (an unknown float when it cannot be)."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if len(args) != 1 or kwargs:
            return UNKNOWN
        value = args[0]
        if isinstance(value, NdArray):
            dtype = value.probe.dtype if value.probe.dtype.is_floating_point else interp.torch.float64
            return _array(interp, list(value.probe.shape), dtype)
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


def _power(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.power(a, b)` of two numbers: a number (float unless both are ints); its value is not folded."""
    if len(args) != 2 or kwargs or not all(_is_number(a) or isinstance(a, (Scalar, SymDim)) for a in args):
        return UNKNOWN
    kinds = {a.kind if isinstance(a, Scalar) else type(a.value) if isinstance(a, Const) else int for a in args}
    return Scalar(int if kinds == {int} else float)


MEMBERS: dict[str, Any] = {
    "array": Builtin("array", _np_array),
    "asarray": Builtin("asarray", _np_array),
    "ones": Builtin("ones", _filled),
    "zeros": Builtin("zeros", _filled),
    "empty": Builtin("empty", _filled),
    "expand_dims": Builtin("expand_dims", _expand_dims),
    "eye": Builtin("eye", _eye),
    "triu": Builtin("triu", _same_shape),
    "tril": Builtin("tril", _same_shape),
    "copy": Builtin("copy", _same_shape),
    "power": Builtin("power", _power),
    **{name: _elementwise(getattr(math, name)) for name in ("sin", "cos", "tan", "exp", "log", "sqrt", "tanh")},
    "prod": Builtin("prod", _prod),
    "random": Namespace(
        {
            "rand": _random("float64", 0, True),
            "randn": _random("float64", 0, True),
            "random": _random("float64", 0, False),
            "random_sample": _random("float64", 0, False),
            "normal": _random("float64", 2, False),
            "uniform": _random("float64", 2, False),
            "randint": _random("int64", 2, False),
        }
    ),
    **{
        name: NumpyDtype(name.rstrip("_"))
        for name in ("float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool_", "complex64")
    },
    "pi": Const(math.pi),
    "e": Const(math.e),
    "inf": Const(math.inf),
}


def tensor_from_array(
    interp: InterpreterApi, ref: TorchRef, args: list[Any], kwargs: dict[str, Any], node: ast.AST
) -> Any:
    """The tensor a torch constructor builds from numpy arrays (`torch.from_numpy(a)`, `torch.tensor(a)`,
    `torch.FloatTensor(a)`, `torch.LongTensor([a, b])`); None for any other call."""
    torch = interp.torch
    if not args or not any(isinstance(a, NdArray) for a in _leaves(args[0])):
        return None
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
        return UNKNOWN
    array = _from_data(interp, args[0], node)
    if not isinstance(array, NdArray):
        return UNKNOWN
    try:
        probe = interp.calls.empty(list(array.probe.shape), dtype or array.probe.dtype)
    except SymbolsDeferred:
        return UNKNOWN
    device = legacy.device if legacy is not None else "cpu"
    return TensorValue(probe, device, (ref.qualname,), None, getattr(node, "lineno", 1) - 1)


def _leaves(value: Any) -> list[Any]:
    """`value` itself, or the items of a list or tuple of it."""
    if isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items is not None:
        return list(value.items)
    return [value]
