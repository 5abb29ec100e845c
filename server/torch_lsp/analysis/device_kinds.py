"""A device is held as its name (`'cpu'`, `'cuda:0'`, see torch_model's `_device`), so `x.device.type` reads the
`type` of that name: the kind of device before the colon (`'cuda'`). A str has no attribute `type`, so a name read
that way is a device's on every path that goes on."""

from __future__ import annotations

from .values import UNKNOWN, Const, Value


def device_kind(name: str) -> Value:
    """`torch.device(name).type`; unknown for a name that is no device."""
    import torch

    try:
        return Const(torch.device(name).type)
    except (RuntimeError, ValueError):
        return UNKNOWN
