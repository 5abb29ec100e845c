"""Integer tensors known by what bounds their values, without the values: every element of
`torch.randint(low, high, size)` lies in [low, high - 1]; one element read from such a tensor (`ix[0]`, or each
`i` of `for i in ix`) is an int known only by those bounds, and `i + n` is that int plus n. So a window
`data[i:i + n]` at a random start inside `data` is n long, as torch's own slicing proves from the bounds. The
numbers `tolist()` and `item()` read out of such a tensor are such ints too, each its own."""

from __future__ import annotations

import math
from typing import Any

from .interp_api import InterpreterApi
from .symbols import SymbolsDeferred, expression
from .values import Const, IntFacts, Scalar, Sequence, SymDim, TensorValue, Value

_MOST_LISTED = 1024  # the most elements `tolist()` turns into ints of their own (each is a symbol)
_ARITHMETIC = {"operator.add": lambda a, b: a + b, "operator.sub": lambda a, b: a - b}


def int_value(value: Value | None) -> Any:
    """An int or a size (`torch.SymInt`) that `value` is, else None (a bool is no int here)."""
    if isinstance(value, Const) and type(value.value) is int:
        return value.value
    return value.value if isinstance(value, SymDim) else None


def with_int_facts(
    interp: InterpreterApi, value: Value, fn: Any, label: str, args: list[Value], kwargs: dict[str, Value]
) -> Value:
    """`value`, the integer tensor `fn(*args, **kwargs)` gave, carrying what the call tells of its values."""
    if not isinstance(value, TensorValue) or value.probe.dtype.is_floating_point or value.probe.dtype.is_complex:
        return value
    if value.probe.dtype is interp.torch.bool:
        return value
    try:
        facts = _facts(interp, value, fn, label, args, kwargs)
    except SymbolsDeferred:
        return value
    return value.owning(facts) if facts is not None else value


def another_element(interp: InterpreterApi, value: Value) -> Value:
    """`value`, one element read from a tensor known by bounds, as another element read from it: its own int
    (each step of a loop, each item of an unpacking holds one; sharing one would make them equal)."""
    if not isinstance(value, TensorValue) or value.probe.dim() != 0:
        return value
    facts = value.int_facts
    source = facts.sources[0] if facts is not None and facts.element is not None and facts.sources else None
    if not isinstance(source, IntFacts) or source.lower is None:
        return value
    try:
        element = interp.symbols.bounded(source.lower, source.upper)
    except SymbolsDeferred:
        return value
    if element is None:
        return value
    return value.owning(IntFacts(None, sources=(source,), element=element), replacing=facts)


def listed_ints(interp: InterpreterApi, tensor: TensorValue, item: bool = False) -> Value | None:
    """`t.tolist()` of an integer tensor known by bounds (`torch.randint(n - 8, (4,)).tolist()`): nested lists of
    ints, each a fresh int within the bounds (the elements are drawn apart, so no two are known equal); for a 0-d
    tensor, the int it is known to hold; `t.item()` (`item`) of a one-element tensor: that one int. None for another
    tensor (or one whose contents are known), or one with too many elements to list."""
    facts = tensor.int_facts
    if facts is None or tensor.contents is not None:
        return None
    if facts.element is not None and tensor.probe.dim() == 0:
        return Const(facts.element) if type(facts.element) is int else SymDim(facts.element)
    shape = tuple(tensor.shape)
    if facts.lower is None or (item and not (all(type(size) is int for size in shape) and math.prod(shape) == 1)):
        return None
    return bounded_list(interp, () if item else shape, facts.lower, facts.upper)


def bounded_list(interp: InterpreterApi, shape: tuple[Any, ...], lower: Any, upper: Any) -> Value | None:
    """What `tolist()` gives for an array or tensor of `shape` whose every element lies in [lower, upper]: nested
    lists of fresh ints within the bounds (a 0-d one: one such int); None for a size that is not an int, or too
    many elements to list each."""
    if not all(type(size) is int for size in shape) or math.prod(shape) > _MOST_LISTED:
        return None

    def listed(sizes: tuple[int, ...]) -> Value:
        if not sizes:
            element = interp.symbols.bounded(lower, upper)
            return SymDim(element) if element is not None else Scalar(int)
        return Sequence(tuple(listed(sizes[1:]) for _ in range(sizes[0])), "list")

    try:
        return listed(shape)
    except SymbolsDeferred:
        return None


def python_index(value: Value) -> Value:
    """What Python reads through `__index__` from a 0-d integer tensor (a list index, a size given to a
    constructor, a slice bound): the int its known contents hold or it is known to be, else an int of unknown
    value; any other value as it is."""
    if not isinstance(value, TensorValue) or value.probe.dim() != 0:
        return value
    dtype = value.probe.dtype
    if dtype.is_floating_point or dtype.is_complex or str(dtype) == "torch.bool":
        return value
    contents = value.contents
    if contents is not None:
        return Const(int(contents.item()))
    element = element_of(value)
    return SymDim(element) if element is not None else Scalar(int)


def element_of(value: Value) -> Any:
    """The int a 0-d integer tensor is known to hold (an expression over sizes), else None."""
    if not isinstance(value, TensorValue) or value.probe.dim() != 0:
        return None
    facts = value.int_facts
    return facts.element if facts is not None else None


def _facts(
    interp: InterpreterApi, result: TensorValue, fn: Any, label: str, args: list[Value], kwargs: dict[str, Value]
) -> IntFacts | None:
    if fn is interp.torch.randint:
        return _drawn(args, kwargs)
    if label == "torch.Tensor.__getitem__" and args and isinstance(args[0], TensorValue):
        source = args[0].int_facts
        if source is None or source.lower is None:
            return None
        if result.probe.dim() > 0:  # a part of the tensor: its elements are some of the tensor's
            return IntFacts(None, sources=(source,), lower=source.lower, upper=source.upper)
        element = _read(interp, source, _index_key(args[1]) if len(args) == 2 else None)
        return IntFacts(None, sources=(source,), element=element) if element is not None else None
    operation = _ARITHMETIC.get(label)
    if operation is None or len(args) != 2 or kwargs:
        return None
    if result.probe.dim() != 0:
        return _shifted(interp, result, label, args)
    left, right = (element_of(arg) if isinstance(arg, TensorValue) else int_value(arg) for arg in args)
    if left is None or right is None:
        return None
    sources = tuple(facts for arg in args if isinstance(arg, TensorValue) and (facts := arg.int_facts) is not None)
    return IntFacts(None, sources=sources, element=operation(left, right))


def _index_key(index: Value) -> Any:
    """What names the element an index reads: its ints and sizes (a tuple of them); None for any other index."""
    if isinstance(index, Sequence) and index.kind == "tuple" and index.items is not None:
        keys = tuple(_index_key(item) for item in index.items)
        return None if None in keys else keys
    number = int_value(index)
    return number if type(number) is int else expression(number)


def _read(interp: InterpreterApi, facts: IntFacts, key: Any) -> Any:
    """The int read at index `key` from the tensor `facts` describes: the int read there before, else the one
    read at that index of its base plus its offset, else a fresh int within its bounds (None where they
    contradict); `key` None stands for an index read once."""
    if key is not None and key in facts.reads:
        return facts.reads[key]
    if facts.base is not None and key is not None:
        below = _read(interp, facts.base, key)
        element = below + facts.offset if below is not None else None
    else:
        element = interp.symbols.bounded(facts.lower, facts.upper)
    if key is not None and element is not None:
        facts.reads[key] = element
    return element


def _shifted(interp: InterpreterApi, result: TensorValue, label: str, args: list[Value]) -> IntFacts | None:
    """`ix + n` / `n + ix` / `ix - n` of an integer tensor known by bounds and an int or size: each element is
    the one at the same index of `ix` plus (or minus) n, and lies within the bounds moved by n."""
    tensor, other = args if isinstance(args[0], TensorValue) or label != "operator.add" else args[::-1]
    amount = int_value(other)
    if not isinstance(tensor, TensorValue) or amount is None or result.probe.dtype != tensor.probe.dtype:
        return None
    facts = tensor.int_facts
    if facts is None or facts.lower is None or tuple(result.probe.shape) != tuple(tensor.probe.shape):
        return None
    offset = amount if label == "operator.add" else -amount
    lower, upper = facts.lower + offset, facts.upper + offset
    limits = interp.torch.iinfo(result.probe.dtype)
    if any(type(bound) is int and not limits.min <= bound <= limits.max for bound in (lower, upper)):
        return None  # the sum may wrap around
    return IntFacts(None, sources=(facts,), lower=lower, upper=upper, base=facts, offset=offset)


def _drawn(args: list[Value], kwargs: dict[str, Value]) -> IntFacts | None:
    """`torch.randint(high, size)` / `randint(low, high, size)`: every element in [low, high - 1]."""
    bounds = args if "size" in kwargs else args[:-1]
    low: Value | None = Const(0)
    high: Value | None = None
    if len(bounds) == 1:
        high = bounds[0]
    elif len(bounds) == 2:
        low, high = bounds
    low, high = kwargs.get("low", low), kwargs.get("high", high)
    lower, upper = int_value(low), int_value(high)
    if lower is None or upper is None:
        return None
    return IntFacts(None, lower=lower, upper=upper - 1)
