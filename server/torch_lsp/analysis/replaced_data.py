"""`t.data = new`: `t` stays the very tensor it was and takes `new`'s sizes, dtype, device and contents; it keeps
its class (a parameter stays one), its grad flag and its autograd history, which torch never takes from `new`. A
module's parameter or buffer whose data was replaced through another name (`w = lin.weight; w.data = t`, or a loop
over `model.parameters()`) is that very tensor in the module with the new sizes, so the layers that hold it (at any
depth, in containers and lists too) are copies holding a tensor of the new sizes, or unknown when the new sizes are
not known ints."""

from __future__ import annotations

import copy
import itertools
from dataclasses import replace
from typing import Any

import torch

from .alternatives import Alternatives
from .in_place_tensors import same_layout
from .values import UNKNOWN, Container, Sequence, TensorValue, TorchModule, Value


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


def layer_unchanged(holder: Value, before: TensorValue, now: Value) -> bool:
    """Whether `layer.weight.data = now` leaves the layer `holder` (or each layer it may be) as the engine keeps it:
    `now` has the tensor's sizes, dtype and device, so the layer holds the very tensor it held, only its contents
    changed (`conv.weight.data /= scale` on each convolution of a model)."""
    layers = holder.options if isinstance(holder, Alternatives) else (holder,)
    return (
        any(isinstance(layer, (TorchModule, Container)) for layer in layers)
        and same_layout(before, now)
        and isinstance(now, TensorValue)
        and now.device == before.device
    )


def held_by(module: torch.nn.Module, tensor: Any) -> list[str]:
    """The dotted names under which `module` holds the very tensor `tensor` as a parameter or buffer."""
    held = itertools.chain(
        module.named_parameters(remove_duplicate=False), module.named_buffers(remove_duplicate=False)
    )
    return [name for name, own in held if own is tensor]


def stand_in(tensor: Any, now: Value) -> Any:
    """An empty tensor of `now`'s sizes, strides, dtype and grad flag for the module tensor `tensor` (a parameter
    when it is one); None when they are not known."""
    if not isinstance(now, TensorValue) or now.dtypes:
        return None
    if not all(isinstance(d, int) for d in (*now.probe.shape, *now.probe.stride())):
        return None
    empty = torch.empty_strided(now.shape, now.probe.stride(), dtype=now.probe.dtype, device=tensor.device)
    if isinstance(tensor, torch.nn.Parameter):
        return torch.nn.Parameter(empty, now.probe.requires_grad)
    return empty.requires_grad_(now.probe.requires_grad)


def with_data_replaced(value: Value, tensor: Any, now: Any) -> Value | None:
    """What a layer, container or list is once the module tensor `tensor` it holds is `now` (unknown: None); None
    when it does not hold it."""
    if isinstance(value, TorchModule):
        names = held_by(value.module, tensor)
        if not names:
            return None
        return UNKNOWN if now is None else replace(value, module=_with_tensor(value.module, names, now))
    if isinstance(value, Sequence) and value.items is None:
        element = with_data_replaced(value.element, tensor, now)
        return None if element is None else replace(value, element=element)
    if not isinstance(value, (Container, Sequence)) or value.items is None:
        return None
    changed = [with_data_replaced(item, tensor, now) for item in value.items]
    if all(item is None for item in changed):
        return None
    items = tuple(old if new is None else new for old, new in zip(value.items, changed, strict=True))
    return replace(value, items=items)


def _with_tensor(module: torch.nn.Module, names: list[str], now: Any) -> torch.nn.Module:
    """A copy of `module` holding `now` at each of `names`."""
    root = _copied(module)
    for name in names:
        *path, leaf = name.split(".")
        owner = root
        for step in path:
            owner._modules[step] = owner = _copied(owner._modules[step])
        registry = owner._parameters if leaf in owner._parameters else owner._buffers
        registry[leaf] = now
    return root


def _copied(module: Any) -> Any:
    """A shallow copy of a module with its own registries (the engine's layers are shared)."""
    twin = copy.copy(module)
    for registry in ("_modules", "_parameters", "_buffers"):
        twin.__dict__[registry] = dict(twin.__dict__[registry])
    return twin
