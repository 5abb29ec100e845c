"""NumPy arrays as abstract arrays with a shape and a dtype, for the code that builds data with NumPy and hands
it to torch (`torch.from_numpy`, `torch.tensor`, `torch.FloatTensor`).

An array is held as a meta tensor of the same shape whose dtype is the array's (NumPy's float64 default
included); the array functions modelled here have the shape rules of the torch functions they run as. Any
failure is an unknown array, never a diagnostic: torch's rules are not NumPy's in every corner.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..callables import Builtin, Modelled
from ..concrete import NotConcrete, to_concrete
from ..values import UNKNOWN, Const, Instance, Sequence, SymDim, TensorValue

if TYPE_CHECKING:
    from ..interpreter import Interpreter
    from ..symbols import Symbols

RANDOM = Instance("numpy.random")
_DTYPES = ("float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool_", "complex64")
_DTYPE_NAMES = frozenset(f"numpy.{name}" for name in _DTYPES)


@dataclass(frozen=True, eq=False)
class ArrayValue(Modelled):
    """A NumPy array: `probe` is a meta tensor with its shape and dtype."""

    probe: Any

    def member(self, name: str) -> Any:
        """`a.shape`, `a.ndim`, `a.T`, and the methods that keep or reshape the data."""
        if name == "shape":
            return Sequence(tuple(Const(d) if isinstance(d, int) else SymDim(d) for d in self.probe.shape))
        if name == "ndim":
            return Const(self.probe.dim())
        if name == "T":
            return ArrayValue(self.probe.permute(*reversed(range(self.probe.dim()))))
        if name in _METHODS:
            return Builtin(name, lambda interp, args, kwargs, node: _METHODS[name](interp, self, args, kwargs, node))
        return UNKNOWN

    def join(self, other: Modelled, symbols: Symbols) -> Any:
        """Arrays of one dtype and rank join as tensors do: the dims that differ become unknown."""
        from ..joins import join

        if not isinstance(other, ArrayValue):
            return UNKNOWN
        joined = join(TensorValue(self.probe, "cpu", ()), TensorValue(other.probe, "cpu", ()), symbols)
        return ArrayValue(joined.probe) if isinstance(joined, TensorValue) else UNKNOWN


def tensor_of(array: ArrayValue, dtype: Any, node: ast.AST) -> TensorValue:
    """The tensor `torch.from_numpy(a)` / `torch.tensor(a, dtype=dtype)` makes of an array (dtype None: its own)."""
    probe = array.probe if dtype is None else array.probe.to(dtype)
    return TensorValue(probe, "cpu", ("from_numpy",), None, getattr(node, "lineno", 1) - 1)


def index(interp: Interpreter, array: ArrayValue, key: Any, node: ast.AST) -> Any:
    """`a[key]` with integers, slices, None and lists (the rules NumPy and torch share)."""
    return _apply(interp, "getitem", lambda p, k: p[k], [array.probe, key], node)


def _apply(interp: Interpreter, label: str, fn: Any, args: list[Any], node: ast.AST, kwargs: Any = None) -> Any:
    try:
        concrete = [to_concrete(a) if not _is_probe(a) else a for a in args]
        concrete_kwargs = {k: to_concrete(v) for k, v in (kwargs or {}).items()}
    except NotConcrete:
        return UNKNOWN
    if any(isinstance(k, slice) and k.step is not None and k.step < 0 for k in _flat(concrete)):
        return UNKNOWN  # NumPy reverses, torch refuses: the shape is the same, but the run would fail here
    result = interp.runner.call(f"numpy.{label}", fn, tuple(concrete), concrete_kwargs, confirm=False)
    if result.error is not None or not _is_probe(result.value):
        return UNKNOWN
    return ArrayValue(result.value)


def _is_probe(value: Any) -> bool:
    import torch

    return isinstance(value, torch.Tensor)


def _flat(values: Any) -> list[Any]:
    if isinstance(values, (list, tuple)):
        return [item for value in values for item in _flat(value)]
    return [values]


def _sizes(shape: Any) -> list[Any] | None:
    """The dims of a shape given as one int or a tuple of them (None when one is not a known or symbolic int)."""
    items = shape.items if isinstance(shape, Sequence) else (shape,)
    if items is None or not all(isinstance(d, (Const, SymDim)) for d in items):
        return None
    dims = [d.value for d in items]
    if any(isinstance(d, bool) or not (isinstance(d, int) or hasattr(d, "node")) for d in dims):
        return None
    return dims


def _new(interp: Interpreter, dims: list[Any] | None, dtype: Any) -> Any:
    import torch

    if dims is None or dtype is None:
        return UNKNOWN
    try:
        if all(isinstance(d, int) for d in dims):
            return ArrayValue(torch.empty(dims, dtype=dtype, device="meta"))
        with interp.symbols.mode():
            return ArrayValue(torch.empty(dims, dtype=dtype, device="meta"))
    except Exception:  # noqa: BLE001 a shape torch refuses (or symbols not available yet): an unknown array
        return UNKNOWN


def _filled(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    """`np.zeros(shape, dtype=float)` (and ones, empty): shape one int or a tuple."""
    import torch

    shape = args[0] if args else kwargs.get("shape", UNKNOWN)
    dtype = args[1] if len(args) > 1 else kwargs.get("dtype")
    return _new(interp, _sizes(shape), _dtype(dtype, torch.float64))


def _by_dims(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    """`np.random.rand(d0, d1, ...)` / `randn`: float64, one dim per argument (none: a Python float)."""
    import torch

    if not args or kwargs:
        return UNKNOWN
    return _new(interp, _sizes(Sequence(tuple(args))), torch.float64)


def _sized(position: int, default: str) -> Builtin:
    """`np.random.random(size)`, `normal(loc, scale, size)`, `randint(low, high, size)`: the size argument at
    `position` (without one NumPy returns a Python number, not an array)."""

    def make(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        import torch

        size = args[position] if len(args) > position else kwargs.get("size")
        if size is None or (isinstance(size, Const) and size.value is None):
            return UNKNOWN
        return _new(interp, _sizes(size), _dtype(kwargs.get("dtype"), getattr(torch, default)))

    return Builtin(default, make)


def _dtype(value: Any, default: Any) -> Any:
    import torch

    if value is None:
        return default
    if isinstance(value, Instance) and value.qualname in _DTYPE_NAMES:
        return getattr(torch, value.qualname.removeprefix("numpy.").rstrip("_"))
    if isinstance(value, Const) and value.value in (float, int, bool):
        return {float: torch.float64, int: torch.int64, bool: torch.bool}[value.value]
    return None


def _array(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    """`np.array(data, dtype=...)` of nested lists of numbers, or of another array."""
    import torch

    if len(args) != 1:
        return UNKNOWN
    data = args[0]
    dtype = _dtype(kwargs.get("dtype"), None)
    if "dtype" in kwargs and dtype is None:
        return UNKNOWN
    if isinstance(data, ArrayValue):
        return ArrayValue(data.probe if dtype is None else data.probe.to(dtype))
    try:
        values = to_concrete(data)
    except NotConcrete:
        return UNKNOWN
    if any(not isinstance(v, (int, float, bool)) for v in _flat(values)):
        return UNKNOWN
    try:
        made = torch.tensor(values, device="meta")
    except Exception:  # noqa: BLE001 ragged lists: NumPy makes an object array, not numbers
        return UNKNOWN
    if made.dtype == torch.float32:
        made = made.to(torch.float64)  # NumPy's default float
    return ArrayValue(made if dtype is None else made.to(dtype))


def _astype(interp: Interpreter, array: ArrayValue, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    dtype = _dtype(args[0] if args else kwargs.get("dtype"), None)
    return ArrayValue(array.probe.to(dtype)) if dtype is not None else UNKNOWN


def _reshape(interp: Interpreter, array: ArrayValue, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    shape = args[0] if len(args) == 1 else Sequence(tuple(args)) if args else kwargs.get("shape", UNKNOWN)
    return _apply(interp, "reshape", lambda p, s: p.reshape(s), [array.probe, shape], node)


def _ravel(interp: Interpreter, array: ArrayValue, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    return _apply(interp, "ravel", lambda p: p.reshape(-1), [array.probe], node)


def _copy(interp: Interpreter, array: ArrayValue, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    return array


_METHODS = {"astype": _astype, "reshape": _reshape, "ravel": _ravel, "flatten": _ravel, "copy": _copy}


def _expand_dims(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    array = args[0] if args else UNKNOWN
    axis = args[1] if len(args) > 1 else kwargs.get("axis", UNKNOWN)
    if not isinstance(array, ArrayValue) or not isinstance(axis, Const) or not isinstance(axis.value, int):
        return UNKNOWN
    return _apply(interp, "expand_dims", lambda p, a: p.unsqueeze(a), [array.probe, axis], node)


RANDOM_MEMBERS: dict[str, Any] = {
    "rand": Builtin("rand", _by_dims),
    "randn": Builtin("randn", _by_dims),
    "random": _sized(0, "float64"),
    "random_sample": _sized(0, "float64"),
    "normal": _sized(2, "float64"),
    "uniform": _sized(2, "float64"),
    "randint": _sized(2, "int64"),
}


MEMBERS: dict[str, Any] = {
    **{name: Instance(f"numpy.{name}") for name in _DTYPES},
    "random": RANDOM,
    "zeros": Builtin("zeros", _filled),
    "ones": Builtin("ones", _filled),
    "empty": Builtin("empty", _filled),
    "array": Builtin("array", _array),
    "asarray": Builtin("asarray", _array),
    "expand_dims": Builtin("expand_dims", _expand_dims),
    "float": Const(float),
    "int": Const(int),
    "bool": Const(bool),
}
