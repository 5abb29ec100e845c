"""`torch.where(condition, x, y)` and `x.where(condition, y)` with a uint8 condition: eager torch reads it as a bool
condition (with a deprecation warning), while torch's meta kernel rejects it, so the call runs on probes with the
condition converted to bool, which gives the result a run gives."""

from __future__ import annotations

from typing import Any


def eager_form(fn: Any, args: tuple, kwargs: dict) -> Any:
    """The function to run for torch function `fn` on probes: one reading a uint8 condition as bool for
    `torch.where` and `Tensor.where` given one, else `fn` itself."""
    import torch

    if fn is torch.where and _is_byte(args[0] if args else kwargs.get("condition")):
        return _where
    if fn is torch.Tensor.where and _is_byte(args[1] if len(args) > 1 else kwargs.get("condition")):
        return _tensor_where
    return fn


def _is_byte(value: Any) -> bool:
    import torch

    return isinstance(value, torch.Tensor) and value.dtype == torch.uint8


def _where(condition: Any, *rest: Any, **kwargs: Any) -> Any:
    import torch

    return torch.where(condition.bool(), *rest, **kwargs)


def _tensor_where(self: Any, condition: Any, *rest: Any, **kwargs: Any) -> Any:
    return self.where(condition.bool(), *rest, **kwargs)
