"""Numpy arrays whose dtype is not known (paths that made them in different dtypes merged: a float64
`env.action_space.sample()` on one, a float32 policy output on the other; an int16 wave or a uint8 image on one,
the same scaled to floats on the other): the join keeps the shape with the dtypes it may have; a numpy function,
method, index or operator on one runs once per combination of those dtypes, as do the torch constructors that read
it, and gives the join of the runs (UNKNOWN where any run gives nothing or the runs differ in anything but the
dtype; a tensor's dtype may only be unknown among floating ones). Nothing else reads one: its dtype is never
claimed."""

from __future__ import annotations

import ast
import dataclasses
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from ..callables import Builtin
from ..dtype_variants import MAX_RUNS
from ..interp_api import InterpreterApi
from ..symbols import Symbols
from ..values import UNKNOWN, Const, Literal, Modelled, Sequence, TensorValue, Value

_DTYPE_FREE = ("shape", "ndim", "size")  # members that do not depend on the dtype

Apply = Callable[[InterpreterApi, list[Value], dict[str, Value], ast.AST], Any]


@dataclass(frozen=True, eq=False)
class MixedArray(Modelled):
    """A numpy array that has the shape and the (torch equivalent) dtype of one of `probes`."""

    probes: tuple[Any, ...]
    memory: tuple[Literal, ...] = ()
    instance_of: ClassVar[str] = "numpy.ndarray"

    @property
    def probe(self) -> Any:
        """The probe that holds the shape."""
        return self.probes[0]

    @property
    def dtypes(self) -> frozenset[Any]:
        """The dtypes it may have."""
        return frozenset(p.dtype for p in self.probes)

    def literals(self) -> tuple[Literal, ...]:
        """The buffers whose items change when this array is changed in place."""
        return self.memory

    def as_tensor(self) -> TensorValue:
        """The tensor of this shape whose dtype is not known, for joins."""
        return TensorValue(self.probe, "cpu", (), dtypes=self.dtypes)

    def member(self, name: str) -> Any:
        """`a.shape`, `a.ndim`, `a.size` as any of its arrays has them; a method runs once per dtype."""
        first = _variants(self)[0]
        if name in _DTYPE_FREE:
            return first.member(name)
        if not isinstance(first.member(name), Builtin):
            return UNKNOWN  # `a.T` and unmodelled members (which may change the items) included

        def method(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Any:
            return each_dtype(interp, _method_call(name), [self, *args], kwargs, node)

        return Builtin(name, method)

    def item(self, interp: InterpreterApi, index: Value) -> Any:
        """`a[index]`, once per dtype."""
        return each_dtype(interp, _item, [self, index], {}, ast.Pass())

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Another array of the same rank: the shape joined as tensors join, the dtype unknown."""
        from .numpy_model import NdArray

        if not isinstance(other, (NdArray, MixedArray)):
            return UNKNOWN
        return joined_array(self.as_tensor(), _as_tensor(other), self.memory + other.literals(), symbols)


def joined_array(a: TensorValue, b: TensorValue, memory: tuple[Literal, ...], symbols: Symbols) -> Value:
    """The array joining two arrays given as tensors: a numpy array when their dtypes agree, else a MixedArray.
    Its shape joins as the shapes of tensors of one dtype join: every reader of a MixedArray runs once per dtype,
    so an int array on one path (`wav`, int16) and a float one on the other (`wav / 32768.0`) join too."""
    import torch

    from ..joins import join
    from .numpy_model import NdArray

    dtypes = a.possible_dtypes | b.possible_dtypes
    if len(dtypes) > 1:  # the shapes joined in one dtype
        dtype = a.probe.dtype
        with symbols.mode(), torch.device("meta"):
            a, b = TensorValue(a.probe, "cpu", ()), TensorValue(b.probe.to(dtype), "cpu", ())
    joined = join(a, b, symbols)
    if not isinstance(joined, TensorValue):
        return UNKNOWN
    if len(dtypes) == 1:
        return NdArray(joined.probe, None, memory)
    probe = joined.probe
    others = sorted(dtypes - {probe.dtype}, key=str)
    with symbols.mode(), torch.device("meta"):
        return MixedArray((probe, *(probe.to(d) for d in others)), memory)


def holds_mixed(value: Any) -> bool:
    """Whether `value` is, or a list or tuple in it holds, an array whose dtype is not known."""
    if isinstance(value, MixedArray):
        return True
    if isinstance(value, Sequence):
        return any(holds_mixed(v) for v in (*(value.items or ()), value.element, *value.prefix))
    return False


def per_dtype(builtin: Builtin) -> Builtin:
    """`builtin` (a numpy function) run once per dtype of the arrays it is given whose dtype is not known."""

    function = builtin.function  # a plain function: state copies share pure callables

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Any:
        if not any(holds_mixed(v) for v in [*args, *kwargs.values()]):
            return function(interp, args, kwargs, node)
        return each_dtype(interp, function, args, kwargs, node)

    return dataclasses.replace(builtin, function=apply)


def each_dtype(interp: InterpreterApi, apply: Apply, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Any:
    """`apply` run once per combination of the dtypes of the MixedArrays in its arguments, each replaced by a
    numpy array of one of them; the join of the results (see _merged)."""
    found: dict[int, MixedArray] = {}
    for value in [*args, *kwargs.values()]:
        _collect(value, found)
    options = [_variants(array) for array in found.values()]
    combinations = list(itertools.product(*options))
    if len(combinations) > MAX_RUNS:
        return UNKNOWN
    results = []
    for arrays in combinations:
        chosen = dict(zip(found, arrays, strict=True))
        given = [_replaced(v, chosen) for v in args]
        results.append(apply(interp, given, {k: _replaced(v, chosen) for k, v in kwargs.items()}, node))
    return _merged(results, interp.symbols)


def binary(interp: InterpreterApi, function: Any, left: Value, right: Value, node: ast.AST) -> Any:
    """`left <op> right` with an array whose dtype is not known, once per dtype."""
    from .numpy_model import array_binary

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Any:
        return array_binary(interp, function, args[0], args[1], node)

    return each_dtype(interp, apply, [left, right], {}, node)


def unary(interp: InterpreterApi, op: ast.unaryop, operand: MixedArray) -> Any:
    """`-a` (`~a`, `+a`) of an array whose dtype is not known, once per dtype."""
    from .numpy_model import NdArray, array_unary

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Any:
        return array_unary(interp, op, args[0]) if isinstance(args[0], NdArray) else UNKNOWN

    return each_dtype(interp, apply, [operand], {}, ast.Pass())


def comparison(interp: InterpreterApi, left: Value, right: Value) -> Any:
    """`left < right` (or another comparison) with an array whose dtype is not known, once per dtype."""
    from .numpy_model import array_comparison

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Any:
        return array_comparison(interp, args[0], args[1])

    return each_dtype(interp, apply, [left, right], {}, ast.Pass())


def _item(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Any:
    return args[0].item(interp, args[1]) if isinstance(args[0], Modelled) else UNKNOWN


def _method_call(name: str) -> Apply:
    def call(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Any:
        method = args[0].member(name) if isinstance(args[0], Modelled) else UNKNOWN
        return method.function(interp, args[1:], kwargs, node) if isinstance(method, Builtin) else UNKNOWN

    return call


def _collect(value: Any, found: dict[int, MixedArray]) -> None:
    if isinstance(value, MixedArray):
        found[id(value)] = value
    elif isinstance(value, Sequence):
        for item in (*(value.items or ()), value.element, *value.prefix):
            _collect(item, found)


def _replaced(value: Any, chosen: dict[int, Any]) -> Any:
    if isinstance(value, MixedArray):
        return chosen[id(value)]
    if isinstance(value, Sequence) and holds_mixed(value):
        items = None if value.items is None else tuple(_replaced(v, chosen) for v in value.items)
        element, prefix = _replaced(value.element, chosen), tuple(_replaced(v, chosen) for v in value.prefix)
        return dataclasses.replace(value, items=items, element=element, prefix=prefix)
    return value


def _variants(array: MixedArray) -> list[Any]:
    """A numpy array of each dtype `array` may have, the probe's first."""
    from .numpy_model import NdArray

    return [NdArray(probe, None, array.memory) for probe in array.probes]


def _as_tensor(array: Any) -> TensorValue:
    return array.as_tensor() if isinstance(array, MixedArray) else TensorValue(array.probe, "cpu", ())


def _merged(results: list[Any], symbols: Symbols) -> Any:
    """The join of the runs' results: arrays and tensors of one rank join (their dtypes becoming unknown, a tensor's
    only among floating ones), lists and tuples item by item; equal constants stay; anything else is unknown."""
    from ..joins import join_all
    from .numpy_model import NdArray

    first = results[0]
    if all(r is first for r in results):
        return first
    if all(isinstance(r, (NdArray, MixedArray)) for r in results) or all(isinstance(r, TensorValue) for r in results):
        return join_all(results, symbols)
    if all(isinstance(r, Const) and type(r.value) is type(first.value) and r.value == first.value for r in results):
        return first
    if all(_same_layout(r, first) for r in results):
        items = tuple(_merged([r.items[i] for r in results], symbols) for i in range(len(first.items)))
        return UNKNOWN if any(i is UNKNOWN for i in items) else Sequence(items, first.kind)
    return UNKNOWN


def _same_layout(value: Any, first: Any) -> bool:
    return (
        isinstance(value, Sequence)
        and isinstance(first, Sequence)
        and value.items is not None
        and first.items is not None
        and len(value.items) == len(first.items)
        and value.kind == first.kind
        and value.kind in ("list", "tuple")
        and not value.fields
    )
