"""Stores into torch modules: `seq[2] = layer`, `model.fc = layer`, `conv.stride = 2`. Python changes the module
in place; the engine's layers are shared (the op cache hands one layer to every analysis that builds it), so
the store is made on a copy that the names holding the module are rebound to. A tensor stored in place of a
parameter or buffer (`head.weight = embedding.weight`, weights tied) is stood in for by an empty one of its
shape and dtype on the layer's device, or by the layer's own when the shapes are the same; a tensor stored under a
name the layer has never had (`embedding.weights = nn.Parameter(...)`, which its forward does not read) by such an
empty one too. What a store cannot be made of (another tensor of symbolic shape, a tensor for a name that holds
something else, None included, a user layer inside a torch one) leaves the module unknown."""

from __future__ import annotations

import copy
import itertools
from typing import Any

import torch

from .alternatives import Alternatives, may_be, with_option_changed
from .concrete import NotConcrete, to_concrete
from .joins import same_dim
from .module_modes import TRAINING
from .values import UNKNOWN, Const, Container, TensorValue, TorchModule, UserObject, Value

_REGISTRIES = ("_modules", "_parameters", "_buffers")
REGISTERS = frozenset({"register_parameter", "register_buffer"})
_NOT_PLAIN = object()


def with_attribute(owner: TorchModule | Container, name: str, value: Value) -> Value:
    """What `owner.name = value` makes of a torch module or container."""
    if isinstance(owner, Container):
        if not is_layer(value):
            return UNKNOWN
        if name in owner.names:
            at = owner.names.index(name)
            return Container(owner.qualname, (*owner.items[:at], value, *owner.items[at + 1 :]), owner.names)
        return _appended(owner, name, value)
    given = _tensor_stand_in(owner, name, value) if isinstance(value, TensorValue) else _plain(value)
    return _changed(owner, lambda module: setattr(module, name, given), given)


def with_list_changed(owner: TorchModule, names: tuple[str, ...], value: Value) -> Value:
    """What a torch module is once the one list it holds under each of `names` (a pooling's `stride` is its very
    `kernel_size` list when not given) is changed in place into `value`."""
    given = _plain(value)

    def store(module: Any) -> None:
        for name in names:
            setattr(module, name, given)

    return _changed(owner, store, given)


def with_item(owner: TorchModule | Container, key: Value, value: Value) -> Value:
    """What `owner[key] = value` makes of a torch module or container (`nn.Sequential`, `nn.ModuleList`,
    `nn.ModuleDict`)."""
    if not isinstance(key, Const) or isinstance(key.value, bool) or not isinstance(key.value, (int, str)):
        return UNKNOWN
    if isinstance(owner, TorchModule):
        given = _plain(value)
        return _changed(owner, lambda module: module.__setitem__(key.value, given), given)
    if not is_layer(value):
        return UNKNOWN
    if isinstance(key.value, str):
        return with_attribute(owner, key.value, value)
    count = len(owner.items)
    if not -count <= key.value < count:
        return UNKNOWN  # Python raises IndexError
    at = key.value % count
    return Container(owner.qualname, (*owner.items[:at], value, *owner.items[at + 1 :]), owner.names)


def without_item(owner: TorchModule | Container, key: Value) -> Value:
    """What `del owner[key]` leaves of a torch module or container (an index, a slice of them, a name)."""
    if not isinstance(key, Const) or isinstance(key.value, bool) or not isinstance(key.value, (int, str, slice)):
        return UNKNOWN
    if isinstance(owner, TorchModule):
        return _changed(owner, lambda module: module.__delitem__(key.value), None)
    if isinstance(key.value, str):
        if key.value not in owner.names or len(owner.names) != len(owner.items):
            return UNKNOWN
        at = owner.names.index(key.value)
        return Container(
            owner.qualname, owner.items[:at] + owner.items[at + 1 :], owner.names[:at] + owner.names[at + 1 :]
        )
    try:
        gone = range(len(owner.items))[key.value]
    except IndexError:
        return UNKNOWN  # Python raises too
    if isinstance(gone, int):
        gone = range(gone, gone + 1)
    kept = [i for i in range(len(owner.items)) if i not in gone]
    names = tuple(owner.names[i] for i in kept) if len(owner.names) == len(owner.items) else ()
    return Container(owner.qualname, tuple(owner.items[i] for i in kept), names)


def with_registered(owner: TorchModule, method: str, args: list[Value], kwargs: dict[str, Value]) -> Value:
    """What `owner.register_parameter(name, p)` / `owner.register_buffer(name, t, persistent=...)` makes of a torch
    module: a tensor under a name it has never had (torch checks the kind: a parameter must be one)."""
    persistent = kwargs.get("persistent", Const(True))
    if len(args) != 2 or set(kwargs) - {"persistent"} or not isinstance(persistent, Const):
        return UNKNOWN
    name, value = args
    if not (isinstance(name, Const) and isinstance(name.value, str)):
        return UNKNOWN
    given = _new_tensor_attribute(owner.module, name.value, value) if isinstance(value, TensorValue) else _NOT_PLAIN
    if method == "register_buffer":
        return _changed(owner, lambda module: module.register_buffer(name.value, given, persistent.value), given)
    return _changed(owner, lambda module: module.register_parameter(name.value, given), given)


def without_registered(owner: TorchModule, registry: str, key: Value) -> Value:
    """What `del owner._parameters[name]` (or `_buffers`, `_modules`) leaves of a torch module: no attribute of
    that name, until one is set."""
    if not (isinstance(key, Const) and isinstance(key.value, str)):
        return UNKNOWN
    return _changed(owner, lambda module: module.__dict__[registry].__delitem__(key.value), None)


def holds_layer(owner: Container, layer: Value) -> bool:
    """Whether a container holds the very layer `layer`, or a value that may be it (see `may_be`), at any depth."""
    return any(
        may_be(item, layer) or (isinstance(item, Container) and holds_layer(item, layer)) for item in owner.items
    )


def with_layer_changed(owner: Container, layer: Value, now: Value) -> Value:
    """What a container holding the very layer `layer` (at any depth) is once that layer, changed in place, may be
    `now` (the layer as it was or as it is, one of two layers): unknown when `now` is no layer. An item that cannot
    be `layer` (another layer, or several that are not it) is unchanged."""
    items = tuple(_item_changed(item, layer, now) for item in owner.items)
    return Container(owner.qualname, items, owner.names) if all(map(_one_layer, items)) else UNKNOWN


def _item_changed(item: Value, layer: Value, now: Value) -> Value:
    """What a container's item is once `layer`, changed in place, may be `now`: itself when it cannot be or hold
    `layer`."""
    if may_be(item, layer):
        return with_option_changed(item, layer, now)
    if isinstance(item, Container) and holds_layer(item, layer):
        return with_layer_changed(item, layer, now)
    return item


def _one_layer(value: Value) -> bool:
    """Whether a value is a layer, or one of several layers."""
    return is_layer(value) or (isinstance(value, Alternatives) and all(map(is_layer, value.options)))


def holds_torch_layer(value: Value) -> bool:
    """Whether `value` is one of several objects, some of them torch layers."""
    return isinstance(value, Alternatives) and any(isinstance(o, (TorchModule, Container)) for o in value.options)


def is_layer(value: Value) -> bool:
    """Whether a value is a module torch registers where it is set: a torch layer, a container, a user module."""
    return isinstance(value, (TorchModule, Container)) or (
        isinstance(value, UserObject) and TRAINING in value.attributes
    )


def _appended(owner: Container, name: str, value: Value) -> Value:
    """A new named layer: it runs last, as `nn.Sequential` runs its layers in the order they were registered
    (positional layers were registered as "0", "1", ...)."""
    names = owner.registered_names
    if len(names) != len(owner.items):
        return UNKNOWN
    return Container(owner.qualname, (*owner.items, value), (*names, name))


def _plain(value: Value) -> Any:
    """The object a store hands torch: a layer, or Python numbers, strings and None, in tuples and lists."""
    if isinstance(value, TorchModule):
        return value.module
    try:
        given = to_concrete(value, _no_tensor)
    except NotConcrete:
        return _NOT_PLAIN
    return given if _numbers_only(given) else _NOT_PLAIN


def _no_tensor(_: TensorValue) -> Any:
    raise NotConcrete


def _numbers_only(given: Any) -> bool:
    if isinstance(given, (list, tuple)):
        return all(_numbers_only(item) for item in given)
    return given is None or type(given) in (int, float, bool, str)


def _tensor_stand_in(owner: TorchModule, name: str, value: TensorValue) -> Any:
    """An empty tensor of `value`'s shape and dtype for the layer's parameter or buffer `name` (a parameter when
    the name is one: torch raises on anything else there)."""
    if value.dtypes:  # a dtype that is not known: no tensor stands for it
        return _NOT_PLAIN
    held = getattr(owner.module, name, None)
    if not isinstance(held, torch.Tensor):
        return _new_tensor_attribute(owner.module, name, value)
    if _shared_parameter(owner.module, name, value.probe, held):
        return value.probe  # weights tied: the very parameter, which a change through either name changes
    same = held.dim() == len(value.shape) and all(map(same_dim, held.shape, value.shape))
    if same and held.dtype == value.probe.dtype:
        return held  # the layer's own shape: symbolic sizes too
    if not all(isinstance(d, int) for d in value.shape):
        return _NOT_PLAIN
    empty = torch.empty(value.shape, dtype=value.probe.dtype, device=held.device)
    return torch.nn.Parameter(empty, held.requires_grad) if name in owner.module._parameters else empty


def _shared_parameter(module: torch.nn.Module, name: str, given: Any, held: torch.Tensor) -> bool:
    """Whether a parameter of another layer (`head.weight = embedding.weight`) can be stored as it is in place of
    `module`'s parameter `held`."""
    return isinstance(given, torch.nn.Parameter) and name in module._parameters and given.device == held.device


def _new_tensor_attribute(module: torch.nn.Module, name: str, value: TensorValue) -> Any:
    """An empty tensor of `value`'s shape and dtype (a parameter if `value` is one) for a name `module` has never
    had, on the device of its own tensors."""
    if hasattr(module, name) or not all(isinstance(d, int) for d in value.shape):
        return _NOT_PLAIN
    own = next(itertools.chain(module.parameters(), module.buffers()), None)
    empty = torch.empty(value.shape, dtype=value.probe.dtype, device=own.device if own is not None else "meta")
    if isinstance(value.probe, torch.nn.Parameter):
        return torch.nn.Parameter(empty, value.probe.requires_grad)
    return empty


def _changed(owner: TorchModule, store: Any, given: Any) -> Value:
    """`owner` with `store(module)` made on a copy of its module (its registries copied too); `given`, the object
    stored, is `_NOT_PLAIN` when the store cannot be made."""
    if given is _NOT_PLAIN:
        return UNKNOWN
    module = copy.copy(owner.module)
    for registry in _REGISTRIES:
        module.__dict__[registry] = dict(module.__dict__[registry])
    try:
        store(module)
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        return UNKNOWN
    return TorchModule(module, owner.qualname, owner.defined_at, owner.arg_span)
