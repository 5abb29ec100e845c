"""`t.data = new`: `t` stays the very tensor it was and takes `new`'s sizes, dtype, device and contents; it keeps
its class (a parameter stays one), its grad flag and its autograd history, which torch never takes from `new`."""

from __future__ import annotations

from dataclasses import replace

import torch

from .values import TensorValue, Value


def with_new_data(before: TensorValue, now: Value) -> Value:
    """What a tensor is once `.data = now` is stored on it (`now` as it is where it is no tensor, or where torch
    raises: a tensor that requires grad given data of another kind than floating point or complex)."""
    if not isinstance(now, TensorValue):
        return now
    wanted = before.probe.requires_grad
    if wanted and not (now.probe.is_floating_point() or now.probe.is_complex()):
        return now
    data = now.probe.detach()
    if isinstance(before.probe, torch.nn.Parameter):
        return replace(now, probe=torch.nn.Parameter(data, wanted))
    data.requires_grad_(wanted)
    return replace(now, probe=data if before.probe.is_leaf else data.clone())  # a result of autograd stays one
