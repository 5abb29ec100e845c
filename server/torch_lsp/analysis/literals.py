"""Exact contents of tensors written as literals, for the ops whose result shape depends on the values.

`torch.unique(torch.tensor([3, 1, 2, 3, 1]))` has 3 elements: no probe can tell, but the engine knows the
contents, so it runs the op on them (on the CPU, a few elements). Contents are dropped as soon as anything
may have changed the tensor in place (see values.forget_contents).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import Any

from .concrete import NotConcrete, to_concrete
from .probes import MAX_PROBE_ELEMENTS, tree_map
from .values import Literal, Sequence, TensorValue, Value, tensors_in

_MAX_DEPTH = 64  # ops between a literal and contents derived from it (bounds the checks' recursion)
# Ops whose float results are the same on every device when their inputs are whole numbers: creations,
# data movement, and arithmetic IEEE rounds correctly (whole sums are exact in any order below the bound).
_EXACT = frozenset(
    {
        "tensor",
        "as_tensor",
        "arange",
        "zeros",
        "ones",
        "full",
        "eye",
        "zeros_like",
        "ones_like",
        "full_like",
        "reshape",
        "view",
        "flatten",
        "unflatten",
        "squeeze",
        "unsqueeze",
        "permute",
        "transpose",
        "t",
        "contiguous",
        "clone",
        "detach",
        "flip",
        "roll",
        "repeat",
        "expand",
        "expand_as",
        "cat",
        "concat",
        "stack",
        "getitem",
        "gather",
        "index_select",
        "masked_select",
        "narrow",
        "select",
        "tril",
        "triu",
        "where",
        "masked_fill",
        "add",
        "sub",
        "mul",
        "neg",
        "abs",
        "clamp",
        "clip",
        "floor",
        "ceil",
        "round",
        "trunc",
        "maximum",
        "minimum",
        "truediv",
        "div",
        "sum",
        "cumsum",
        "float",
        "double",
        "type_as",
    }
)
_RANDOM = (
    "rand",
    "dropout",
    "bernoulli",
    "multinomial",
    "normal",
    "poisson",
    "shuffle",
    "perm",
    "sample",
    "exponential",
    "geometric",
    "cauchy",
    "uniform",
)


def with_contents(value: Value, fn: Callable[..., Any], args: tuple, kwargs: dict) -> Value:
    """`value` (the result of `torch.tensor(args...)`) carrying its exact contents, when they are small."""
    import torch

    if not isinstance(value, TensorValue) or math.prod(value.shape) > MAX_PROBE_ELEMENTS:
        return value
    try:
        data = fn(*args, **{**kwargs, "device": "cpu"})
    except Exception:  # noqa: BLE001 torch refusing the concrete call leaves the abstract value
        return value
    literal = Literal(data)
    owned = TensorValue(
        value.probe, value.device, value.origin, value.checked_on, value.defined_at, (literal,), value.dtypes
    )
    literal.owner = owned
    return owned if isinstance(data, torch.Tensor) else value


def run_on_contents(label: str, fn: Callable[..., Any], args: list[Value], kwargs: dict[str, Value]) -> Any | None:
    """The result of `fn` on the exact contents of its tensor arguments (as meta tensors), or None when some
    tensor's contents are unknown, the op is random, or it fails."""
    import torch

    if not any(isinstance(a, (TensorValue, Sequence)) for a in [*args, *kwargs.values()]):
        return None
    result = _on_contents(label, fn, args, kwargs)
    return None if result is None else tree_map(result, lambda t: t.to("meta") if isinstance(t, torch.Tensor) else t)


def with_derived_contents(
    value: Value, label: str, fn: Callable[..., Any], args: list[Value], kwargs: dict[str, Value]
) -> Value:
    """`value` carrying the contents `fn` computes from its arguments' known contents (on first use), when
    they are the same on every device: small integer and boolean results, and float ones that hold whole
    numbers computed by an op that rounds exactly (`torch.arange(24.)`, a reshape, `x * 2`), never `exp`
    or a matmul."""
    import torch

    if (
        not isinstance(value, TensorValue)
        or value.probe.dtype.is_complex
        or "empty" in label
        or (value.probe.dtype.is_floating_point and _op_name(label) not in _EXACT)
    ):  # empty: uninitialised memory
        return value
    dtype, shape = value.probe.dtype, value.shape
    found = [t.contents_literal for t in tensors_in([*args, *kwargs.values()])]
    sources = [source for source in found if source is not None]
    if len(sources) < len(found) or any(not isinstance(d, int) for d in shape) or math.prod(shape) > MAX_PROBE_ELEMENTS:
        return value
    depth = 1 + max((source.depth for source in sources), default=0)
    if depth > _MAX_DEPTH:
        return value

    def compute() -> Any:
        data = _on_contents(label, fn, args, kwargs)
        exact = (
            isinstance(data, torch.Tensor)
            and tuple(data.shape) == shape
            and data.dtype == dtype
            and (not data.is_floating_point() or _whole_and_exact(data))
        )
        return data if exact else None

    return value.owning(Literal(None, sources=tuple(sources), compute=compute, depth=depth))


def scalar_contents(value: Value) -> Any:
    """The Python number a one-element tensor holds, when its contents are known; else None."""
    data = value.contents if isinstance(value, TensorValue) else None
    return data.item() if data is not None and data.numel() == 1 else None


@functools.cache
def _op_name(label: str) -> str:
    return (
        label.rpartition(".")[2].strip("_").removeprefix("r")
        if label.startswith("operator.") or label.endswith("__")
        else label.rpartition(".")[2]
    )


def _whole_and_exact(data: Any) -> bool:
    """Whether float contents are whole numbers small enough for the dtype to hold exactly."""
    import torch

    bound = 2 / torch.finfo(data.dtype).eps  # 2 ** 24 for float32
    return bool(torch.all((data == data.round()) & (data.abs() <= bound)))


def _on_contents(label: str, fn: Callable[..., Any], args: list[Value], kwargs: dict[str, Value]) -> Any | None:
    """`fn` run on the CPU with every tensor argument replaced by its contents; None if one is unknown, the op
    is random, or it fails."""
    import torch

    if any(word in label.lower() for word in _RANDOM):
        return None

    def contents(value: TensorValue) -> Any:
        if value.contents is None:
            raise NotConcrete
        return value.contents

    try:
        c_args = tuple(to_concrete(a, contents) for a in args)
        c_kwargs = {k: to_concrete(v, contents) for k, v in kwargs.items()}
        if _holds_symbols([*c_args, *c_kwargs.values()]):  # torch would run it at the symbols' probe values
            return None
        with torch.device("cpu"), torch.no_grad():
            return fn(*c_args, **c_kwargs)
    except Exception:  # noqa: BLE001 torch refusing the concrete call means no concrete result
        return None


def _holds_symbols(value: Any) -> bool:
    """Whether a concrete argument holds a symbolic number anywhere in its lists, tuples, dicts and slices."""
    import torch

    if isinstance(value, (torch.SymInt, torch.SymFloat, torch.SymBool)):
        return True
    if isinstance(value, slice):
        return _holds_symbols((value.start, value.stop, value.step))
    if isinstance(value, (list, tuple)):
        return any(_holds_symbols(v) for v in value)
    if isinstance(value, dict):
        return any(_holds_symbols(v) for v in value.values())
    return False
