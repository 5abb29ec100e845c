"""`parameters()`, `named_parameters()` and `state_dict()` of models built from torch layers: the meta
modules hold the real tensors, in torch's order and with torch's names."""

from __future__ import annotations

from typing import Any

from .inheritance import TORCH_BASE
from .module_children import set_layers
from .values import Const, Container, Sequence, TensorValue, TorchModule, UserObject

TENSOR_LISTS = ("parameters", "named_parameters", "state_dict")


def module_tensors(module: TorchModule | Container | UserObject, method: str) -> Sequence | None:
    """What `module.<method>()` returns, for a method of TENSOR_LISTS; None when a user module or anything
    else the engine cannot list is inside (a user module's own tensors may or may not be parameters)."""
    named = _named(module, buffers=method == "state_dict")
    if named is None:
        return None
    if method == "state_dict":
        return Sequence(tuple(value for _, value in named), "dict", fields=tuple(name for name, _ in named))
    unique: dict[int, tuple[str, TensorValue]] = {}
    for name, value in named:  # a layer used twice has its parameters listed once
        unique.setdefault(id(value.probe), (name, value))
    if method == "parameters":
        return Sequence(tuple(value for _, value in unique.values()), "list")
    return Sequence(tuple(Sequence((Const(name), value), "tuple") for name, value in unique.values()), "list")


def _named(module: Any, buffers: bool) -> list[tuple[str, TensorValue]] | None:
    if isinstance(module, TorchModule):
        from torch.nn.parameter import is_lazy

        if any(is_lazy(p) for p in module.module.parameters()):  # sized by its first input (lazy_layers)
            return None
        tensors = module.module.state_dict() if buffers else dict(module.module.named_parameters())
        # the device of a layer's tensors follows `.to()` calls the engine does not track
        return [(name, TensorValue(tensor, "?", (module.qualname, name))) for name, tensor in tensors.items()]
    if isinstance(module, Container):
        names = module.registered_names
        found: list[tuple[str, TensorValue]] = []
        for prefix, item in zip(names, module.items, strict=False):
            inner = _named(item, buffers)
            if inner is None:
                return None
            found += [(f"{prefix}.{name}", value) for name, value in inner]
        return found
    if isinstance(module, UserObject):
        return _named_of_user_module(module, buffers)
    return None


def _named_of_user_module(module: UserObject, buffers: bool) -> list[tuple[str, TensorValue]] | None:
    """A user module's tensors in torch's order: its own parameters (its torch base's first), then each layer's,
    in the order they were set; None when an attribute may be a parameter or a layer the engine cannot list (a
    tensor not made by `nn.Parameter` that requires grad, an unknown value) or when buffers are asked for (they
    look like any other tensor attribute). Other values (numbers, a config object, a plain list of layers) are
    not registered by torch."""
    if buffers:
        return None
    own: list[tuple[str, TensorValue]] = []
    base = module.attributes.get(TORCH_BASE)
    if isinstance(base, TorchModule):
        own += _named(base, buffers) or []
    for name, value in module.attributes.items():
        if isinstance(value, TensorValue) and value.origin[-1:] == ("nn.Parameter",):
            own.append((name, value))
        elif isinstance(value, TensorValue) and value.probe.requires_grad:
            return None
    layers = set_layers(module)
    if layers is None:
        return None
    found = list(own)
    for prefix, layer in layers:
        inner = _named(layer, buffers)
        if inner is None:
            return None
        found += [(f"{prefix}.{name}", tensor) for name, tensor in inner]
    return found
