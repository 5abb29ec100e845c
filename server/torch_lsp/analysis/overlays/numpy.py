"""`numpy`, as far as arrays flow into torch: the random and filled arrays of a given size (`np.random.normal(0, 1,
(n, d))`, `np.zeros(shape)`), `np.array` of a list, `np.prod` of sizes, and its math on Python numbers
(`x / np.sqrt(d_k)`). An array is kept as its shape and dtype (a torch probe of numpy's dtype) and is never shown as
a tensor; torch's converters (`torch.from_numpy`, `torch.tensor`, `torch.FloatTensor(array)`) turn it into one."""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..callables import Builtin, Modelled
from ..concrete import from_concrete
from ..values import UNKNOWN, Const, Instance, Scalar, Sequence, SymDim, TensorValue

if TYPE_CHECKING:
    from ..interpreter import Interpreter


@dataclass(frozen=True, eq=False)
class Array(Modelled):
    """A numpy array: `tensor` has its shape and dtype."""

    tensor: TensorValue

    def member(self, name: str) -> Any:
        """`shape` and `ndim`."""
        if name == "shape":
            return from_concrete(tuple(self.tensor.probe.shape), lambda p: UNKNOWN)
        if name == "ndim":
            return Const(self.tensor.probe.dim())
        return UNKNOWN


def as_tensor(value: Any) -> Any:
    """The tensor a numpy array converts to (any other value unchanged)."""
    return value.tensor if isinstance(value, Array) else value


def _sizes(size: Any) -> Sequence | None:
    """numpy's `size`/`shape` argument as a tuple of sizes; None when it is not known."""
    if isinstance(size, SymDim) or (isinstance(size, Const) and isinstance(size.value, int)):
        return Sequence((size,), "tuple")
    if isinstance(size, Sequence) and size.items is not None and size.kind in ("tuple", "list"):
        return Sequence(size.items, "tuple")
    return None


def _filled(interp: Interpreter, size: Any, dtype: str, node: ast.AST) -> Any:
    """An array of `size` (None: a Python number, as numpy returns without a size)."""
    if isinstance(size, Const) and size.value is None:
        return Scalar(float if dtype.startswith("float") else int)
    shape = _sizes(size)
    if shape is None:
        return UNKNOWN
    torch = interp.torch
    tensor = interp.calls.run("torch.empty", torch.empty, [shape], {"dtype": Const(getattr(torch, dtype))}, node)
    return Array(tensor) if isinstance(tensor, TensorValue) else UNKNOWN


def _sized(position: int, dtype: str, keyword: str = "size") -> Builtin:
    """A function whose array has the size given at `position` or by `keyword`."""

    def call(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        if "dtype" in kwargs or len(args) > position + 1:  # another dtype than numpy's default
            return UNKNOWN
        size = args[position] if len(args) > position else kwargs.get(keyword, Const(None))
        return _filled(interp, size, dtype, node)

    return Builtin(keyword, call)


def _spread(dtype: str) -> Builtin:
    """`np.random.rand(2, 3)`: the sizes one by one."""

    def call(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        if kwargs:
            return UNKNOWN
        return _filled(interp, Sequence(tuple(args), "tuple") if args else Const(None), dtype, node)

    return Builtin("spread", call)


def _array(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    """`np.array(data)` of Python numbers (numpy's float is float64) or of another array."""
    if len(args) != 1 or kwargs:
        return UNKNOWN
    if isinstance(args[0], Array):
        return args[0]
    torch = interp.torch
    tensor = interp.calls.run("torch.tensor", torch.tensor, args, {}, node)
    if not isinstance(tensor, TensorValue):
        return UNKNOWN
    if tensor.probe.dtype.is_floating_point:
        tensor = interp.calls.run("torch.tensor", torch.tensor, args, {"dtype": Const(torch.float64)}, node)
    return Array(tensor) if isinstance(tensor, TensorValue) else UNKNOWN


def _prod(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    """`np.prod(sizes)` of a tuple or list of ints: their product."""
    if len(args) != 1 or kwargs or not isinstance(args[0], Sequence) or args[0].items is None:
        return UNKNOWN
    total: Any = Const(1)
    for item in args[0].items:
        if not (isinstance(item, SymDim) or (isinstance(item, Const) and isinstance(item.value, int))):
            return UNKNOWN
        total = interp.binary(ast.Mult, total, item, node)
    return total


def _scalar_math(function: Callable[[float], float]) -> Builtin:
    """`np.sqrt(x)` of a Python number: a float (numpy's float64); of an array or a tensor: not modelled."""

    def call(interp: Interpreter, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
        if len(args) != 1 or kwargs:
            return UNKNOWN
        number = args[0]
        if isinstance(number, Const) and isinstance(number.value, (int, float)) and abs(number.value) < 1e6:
            try:
                return Const(float(function(number.value)))
            except (ValueError, OverflowError):
                return UNKNOWN
        if isinstance(number, SymDim) or (isinstance(number, Scalar) and number.kind in (int, float)):
            return Scalar(float)
        return UNKNOWN

    return Builtin(function.__name__, call)


RANDOM = Instance("numpy.random")
MEMBERS: dict[str, Any] = {
    "random": RANDOM,
    "zeros": _sized(0, "float64", "shape"),
    "ones": _sized(0, "float64", "shape"),
    "empty": _sized(0, "float64", "shape"),
    "array": Builtin("array", _array),
    "prod": Builtin("prod", _prod),
    **{name: _scalar_math(getattr(math, name)) for name in ("sqrt", "exp", "log", "log2", "sin", "cos", "tanh")},
    "pi": Const(math.pi),
    "e": Const(math.e),
    "inf": Const(math.inf),
}
RANDOM_MEMBERS: dict[str, Any] = {
    "normal": _sized(2, "float64"),
    "uniform": _sized(2, "float64"),
    "random": _sized(0, "float64"),
    "random_sample": _sized(0, "float64"),
    "rand": _spread("float64"),
    "randn": _spread("float64"),
    "randint": _sized(2, "int64"),
}
