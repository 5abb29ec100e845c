"""Exact contents of tensors written as literals, for the ops whose result shape depends on the values.

`torch.unique(torch.tensor([3, 1, 2, 3, 1]))` has 3 elements: no probe can tell, but the engine knows the
contents, so it runs the op on them (on the CPU, a few elements). Contents are dropped as soon as anything
may have changed the tensor in place (see values.forget_contents).
"""

from __future__ import annotations

import math
from typing import Any, Callable

from .concrete import NotConcrete, to_concrete
from .probes import tree_map
from .values import Literal, Sequence, TensorValue, tensors_in

_MAX_ELEMENTS = 4096
_RANDOM = ("rand", "dropout", "bernoulli", "multinomial", "normal", "poisson", "shuffle", "perm", "sample",
           "exponential", "geometric", "cauchy", "uniform")


def with_contents(value: Any, fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    """`value` (the result of `torch.tensor(args...)`) carrying its exact contents, when they are small."""
    import torch

    if not isinstance(value, TensorValue) or math.prod(value.shape) > _MAX_ELEMENTS:
        return value
    try:
        data = fn(*args, **{**kwargs, "device": "cpu"})
    except Exception:
        return value
    literal = Literal(data)
    owned = TensorValue(value.probe, value.device, value.origin, value.checked_on, value.defined_at, (literal,))
    literal.owner = owned
    return owned if isinstance(data, torch.Tensor) else value


def run_on_contents(label: str, fn: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]) -> Any | None:
    """The result of `fn` on the exact contents of its tensor arguments (as meta tensors), or None when some
    tensor's contents are unknown, the op is random, or it fails."""
    import torch

    if not any(isinstance(a, (TensorValue, Sequence)) for a in [*args, *kwargs.values()]):
        return None
    result = _on_contents(label, fn, args, kwargs)
    return None if result is None else tree_map(result, lambda t: t.to("meta") if isinstance(t, torch.Tensor) else t)


def with_derived_contents(value: Any, label: str, fn: Callable[..., Any], args: list[Any],
                          kwargs: dict[str, Any]) -> Any:
    """`value` carrying the contents `fn` computes from its arguments' contents, when every tensor involved is
    an integer or boolean one (whose contents are the same on every device) and small; creations of such
    tensors (`torch.arange(6)`) too."""
    import torch

    sources = tensors_in([*args, *kwargs.values()])
    if not isinstance(value, TensorValue) or not _exact_dtype(value.probe.dtype) or \
            any(not isinstance(d, int) for d in value.shape) or math.prod(value.shape) > _MAX_ELEMENTS or \
            any(t.contents is None or not _exact_dtype(t.probe.dtype) for t in sources):
        return value
    data = _on_contents(label, fn, args, kwargs) if "empty" not in label else None  # empty: uninitialised
    if not isinstance(data, torch.Tensor) or tuple(data.shape) != value.shape or data.dtype != value.probe.dtype:
        return value
    literal = Literal(data, sources=tuple(lit for t in sources for lit in t.literals if lit.owner is t))
    owned = TensorValue(value.probe, value.device, value.origin, value.checked_on, value.defined_at,
                        (*value.literals, literal))
    literal.owner = owned
    return owned


def scalar_contents(value: Any) -> Any:
    """The Python number a one-element tensor holds, when its contents are known; else None."""
    data = value.contents if isinstance(value, TensorValue) else None
    return data.item() if data is not None and data.numel() == 1 else None


def _exact_dtype(dtype: Any) -> bool:
    return not (dtype.is_floating_point or dtype.is_complex)


def _on_contents(label: str, fn: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]) -> Any | None:
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
        with torch.device("cpu"), torch.no_grad():
            return fn(*c_args, **c_kwargs)
    except Exception:
        return None
