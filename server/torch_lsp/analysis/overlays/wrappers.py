"""Wrappers that keep the model: calling `nn.DataParallel(model)`, `DistributedDataParallel(model)` or
`torch.compile(model)` calls `model` with the same arguments and gives the same shapes."""

from __future__ import annotations

from typing import Any

from ..values import Container, Function, TorchModule, TorchRef, UserObject, Value

_WRAPPERS = ("torch.nn.DataParallel", "torch.nn.parallel.DistributedDataParallel", "torch.compile")


def wrapped_model(torch: Any, ref: TorchRef, args: list[Value]) -> Value | None:
    """The model a wrapper call `ref(model, ...)` keeps; None when `ref` is not such a wrapper."""
    if not args or not isinstance(args[0], (TorchModule, Container, UserObject, Function)):
        return None
    wrappers = [_resolve(torch, name) for name in _WRAPPERS]
    return args[0] if any(ref.obj is w for w in wrappers if w is not None) else None


def _resolve(torch: Any, qualname: str) -> Any:
    obj = torch
    for part in qualname.split(".")[1:]:
        obj = getattr(obj, part, None)
    return obj
