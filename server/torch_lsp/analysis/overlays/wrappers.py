"""Wrappers that keep the model: calling `nn.DataParallel(model)`, `DistributedDataParallel(model)` or
`torch.compile(model)` calls `model` with the same arguments and gives the same shapes. `weight_norm(layer)` and
`spectral_norm(layer)` (both APIs) give a copy of the layer reparametrized by torch itself: the same forward
shapes, and its own parameters (`weight_g`, `weight_v`)."""

from __future__ import annotations

import copy
from typing import Any

from ..values import UNKNOWN, Const, Container, Function, TorchModule, TorchRef, UserObject, Value

_WRAPPERS = ("torch.nn.DataParallel", "torch.nn.parallel.DistributedDataParallel", "torch.compile")
_REPARAMETRIZATIONS = (
    "torch.nn.utils.weight_norm",
    "torch.nn.utils.spectral_norm",
    "torch.nn.utils.parametrizations.weight_norm",
    "torch.nn.utils.parametrizations.spectral_norm",
)


def wrapped_model(torch: Any, ref: TorchRef, args: list[Value]) -> Value | None:
    """The model a wrapper call `ref(model, ...)` keeps; None when `ref` is not such a wrapper."""
    if not args or not isinstance(args[0], (TorchModule, Container, UserObject, Function)):
        return None
    wrappers = [_resolve(torch, name) for name in _WRAPPERS]
    return args[0] if any(ref.obj is w for w in wrappers if w is not None) else None


def reparametrized(torch: Any, ref: TorchRef, args: list[Value], kwargs: dict[str, Value]) -> Value | None:
    """The layer `weight_norm(layer, ...)` / `spectral_norm(layer, ...)` gives; None when `ref` is neither."""
    function = next((f for f in map(lambda n: _resolve(torch, n), _REPARAMETRIZATIONS) if ref.obj is f), None)
    if function is None:
        return None
    if len(args) != 1 or not isinstance(args[0], TorchModule) or not all(isinstance(v, Const) for v in kwargs.values()):
        return UNKNOWN
    layer = args[0].module
    if any(isinstance(d, torch.SymInt) for t in layer.parameters() for d in t.shape):
        return UNKNOWN
    try:
        changed = function(copy.deepcopy(layer), **{k: v.value for k, v in kwargs.items() if isinstance(v, Const)})
    except Exception:  # noqa: BLE001 torch refusing the layer (no `weight`): the result is unknown
        return UNKNOWN
    return TorchModule(changed, args[0].qualname, args[0].defined_at, args[0].arg_span)


def _resolve(torch: Any, qualname: str) -> Any:
    obj = torch
    for part in qualname.split(".")[1:]:
        obj = getattr(obj, part, None)
    return obj
