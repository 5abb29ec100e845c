"""`parameters()`, `named_parameters()` and `state_dict()` of models built from torch layers: the meta
modules hold the real tensors, in torch's order and with torch's names."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .alternatives import Alternatives
from .inheritance import TORCH_BASE
from .layer_stacks import LayerStack
from .module_children import first_set_layers, undecided
from .repeated_objects import first_distinct
from .values import Const, Container, Sequence, TensorValue, TorchModule, UserObject, Value

TENSOR_LISTS = ("parameters", "named_parameters", "state_dict")
_PARAMETER_CONTAINERS = ("torch.nn.ParameterList", "torch.nn.ParameterDict")


def module_tensors(module: TorchModule | Container | UserObject, method: str) -> Sequence | None:
    """What `module.<method>()` returns, for a method of TENSOR_LISTS; None when a user module or anything
    else the engine cannot list is inside (a user module's own tensors may or may not be parameters). Where a
    layer the engine cannot tell comes after some tensors, `parameters()` and `named_parameters()` are lists of
    those first items and an unknown rest."""
    listed = _named(module, buffers=method == "state_dict")
    if listed is None:
        return None
    named, complete = listed
    if method == "state_dict":
        fields = tuple(name for name, _ in named)
        return Sequence(tuple(value for _, value in named), "dict", fields=fields) if complete else None
    unique, distinct = first_distinct(named, lambda pair: id(pair[1].probe))
    complete = complete and distinct
    if method == "parameters":
        items: tuple[Value, ...] = tuple(value for _, value in unique)
    else:
        items = tuple(Sequence((Const(name), value), "tuple") for name, value in unique)
    return Sequence(items, "list") if complete else Sequence(None, "list", prefix=items)


_Named = tuple[list[tuple[str, TensorValue]], bool]  # the first tensors of a module, and whether they are all


def _named(module: Any, buffers: bool) -> _Named | None:
    if isinstance(module, TorchModule):
        from torch.nn.parameter import is_lazy

        if any(is_lazy(p) for p in module.module.parameters()):  # sized by its first input (lazy_layers)
            return None
        tensors = module.module.state_dict() if buffers else dict(module.module.named_parameters())
        # the device of a layer's tensors follows `.to()` calls the engine does not track
        return [(name, TensorValue(tensor, "?", (module.qualname, name))) for name, tensor in tensors.items()], True
    if isinstance(module, Container):
        return _named_in_order(zip(module.registered_names, module.items, strict=False), buffers, [], module.qualname)
    if isinstance(module, UserObject):
        return _named_of_user_module(module, buffers)
    if isinstance(module, LayerStack) and module.count is not None:  # the first copy's, then copies not known
        first = _named(module.layer, buffers)
        return ([(f"0.{name}", value) for name, value in first[0]], False) if first is not None else None
    return None


def _named_in_order(
    layers: Iterable[tuple[str, Value]], buffers: bool, found: list[tuple[str, TensorValue]], qualname: str = ""
) -> _Named | None:
    """`found`, then the tensors of each layer under its name, as far as they are known."""
    for prefix, item in layers:
        if isinstance(item, TensorValue) and qualname in _PARAMETER_CONTAINERS:
            found.append((prefix, item))  # stored as a parameter (a plain tensor is made one)
            continue
        inner = _named(item, buffers)
        if inner is None:
            return (found, False) if found else None
        found += [(f"{prefix}.{name}", value) for name, value in inner[0]]
        if not inner[1]:
            return found, False
    return found, True


def _named_of_user_module(module: UserObject, buffers: bool) -> _Named | None:
    """A user module's tensors in torch's order: its own parameters (its torch base's first), then each layer's,
    in the order they were set; where an attribute may be a parameter the engine cannot tell (an unknown value, a
    tensor not made by `nn.Parameter` that requires grad), only the parameters before it; None when buffers are
    asked for (they look like any other tensor attribute). Other values (numbers, a config object, a plain list of
    layers) are not registered by torch."""
    if buffers:
        return None
    own: list[tuple[str, TensorValue]] = []
    base = module.attributes.get(TORCH_BASE)
    if isinstance(base, TorchModule):
        own += (_named(base, buffers) or ([], True))[0]
    for name, value in module.attributes.items():
        if isinstance(value, TensorValue) and value.origin[-1:] == ("nn.Parameter",):
            own.append((name, value))
        elif _may_be_parameter(value):
            return (own, False) if own else None
    layers, complete = first_set_layers(module)
    found = _named_in_order(layers, buffers, own)
    if found is None or complete:
        return found
    return (found[0], False) if found[0] else None


def _may_be_parameter(value: Value) -> bool:
    if isinstance(value, TensorValue):
        return value.probe.requires_grad
    if isinstance(value, Alternatives):
        return any(_may_be_parameter(option) for option in value.options)
    return undecided(value)
