"""Tensor methods that change their tensor in place (`x.unsqueeze_(0)`, `x.t_()`, `x.resize_(6)`, `torch.add(a, b,
out=c)`). A probe is never changed: the op runs on a copy with the same sizes and strides (probes live on in
values, bindings and checkpoints), and the name the call was made on holds the result from then on."""

from __future__ import annotations

from typing import Any

from .symbols import comparable
from .values import UNKNOWN, TensorValue, Value

# the in-place methods that change a tensor's sizes or strides
RESHAPING = frozenset(
    {
        "unsqueeze_",
        "squeeze_",
        "t_",
        "transpose_",
        "swapdims_",
        "swapaxes_",
        "as_strided_",
        "resize_",
        "resize_as_",
        "set_",
    }
)


def is_in_place(name: str) -> bool:
    """Whether a tensor method of this name changes its tensor in place."""
    return name.endswith("_") and not name.endswith("__")


def unshared(fn: Any, args: tuple, kwargs: dict) -> tuple[tuple, dict]:
    """The arguments an op may change in place replaced: an in-place method's tensor by a copy, an `out=` tensor by an
    empty one of its dtype (torch resizes it to the result's sizes, which it cannot change)."""
    import torch

    name = getattr(fn, "__name__", "")
    if args and is_in_place(name) and isinstance(args[0], torch.Tensor):
        args = (_copy(args[0]), *args[1:])
    if isinstance(kwargs.get("out"), torch.Tensor):
        kwargs = {**kwargs, "out": _emptied(kwargs["out"])}
    return args, kwargs


def _copy(probe: Any) -> Any:
    """A tensor with the probe's sizes, strides, dtype and grad flag, sharing nothing with it."""
    import torch

    copy = torch.empty_strided(probe.shape, probe.stride(), dtype=probe.dtype, device=probe.device)
    return copy.requires_grad_(probe.requires_grad) if probe.is_leaf else copy


def _emptied(probe: Any) -> Any:
    """A tensor with no elements of the probe's dtype, device and grad flag."""
    import torch

    empty = torch.empty(0, dtype=probe.dtype, device=probe.device)
    return empty.requires_grad_(probe.requires_grad) if probe.is_leaf else empty


def after_call(name: str, receiver: TensorValue, result: Value) -> Value | None:
    """What the tensor an in-place method `name` was called on holds afterwards: the result, when it has other
    sizes, strides, dtype or grad flag; unknown after a reshaping method the engine could not run; None when it
    holds what it held."""
    if not is_in_place(name):
        return None
    if isinstance(result, TensorValue):
        before, after = receiver.probe, result.probe
        same = (
            _same_sizes(before.shape, after.shape)
            and _same_sizes(before.stride(), after.stride())
            and before.dtype == after.dtype
            and receiver.dtypes == result.dtypes
            and before.requires_grad == after.requires_grad
        )
        return None if same else result
    return UNKNOWN if name in RESHAPING else None


def same_layout(before: TensorValue, now: Value) -> bool:
    """Whether a tensor's data replaced by `now` keeps its sizes and dtype."""
    return (
        isinstance(now, TensorValue)
        and _same_sizes(before.probe.shape, now.probe.shape)
        and before.probe.dtype == now.probe.dtype
        and before.dtypes == now.dtypes
    )


def _same_sizes(a: Any, b: Any) -> bool:
    """Whether two lists of sizes are the same, symbolic ones compared as expressions (no guard recorded)."""
    return len(a) == len(b) and all(comparable(x) == comparable(y) for x, y in zip(a, b, strict=True))
