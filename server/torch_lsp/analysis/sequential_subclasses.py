"""User subclasses of `nn.Sequential` / `nn.ModuleList` / `nn.ModuleDict` built from user layers (`class
FlowSequential(nn.Sequential)`, `class DenseBlock(nn.ModuleDict)`): their torch part is the Container of those
layers, so `self._modules` is the dict of the layers by name ("0", "1", ... unless named), and iterating the
object, or calling it without a `forward` of its own, walks them; `len()`, `obj[key]`, `keys()`, `values()` and
`items()` without methods of its own are the container's."""

from __future__ import annotations

from .inheritance import TORCH_BASE
from .module_stores import is_layer, with_attribute
from .values import Container, Sequence, UserObject, Value


def layers_base(value: Value) -> Container | None:
    """The Container a user object's torch part is, if it is one."""
    base = getattr(value, "attributes", {}).get(TORCH_BASE)
    return base if isinstance(base, Container) else None


def registry(container: Container) -> Sequence:
    """`self._modules`: the layers by the names torch registered them under."""
    return Sequence(container.items, "dict", fields=container.registered_names)


def register_layer(owner: UserObject, name: str, value: Value) -> None:
    """`self.name = layer` or `self.add_module(name, layer)` on such a subclass: torch registers the layer in
    `_modules`, so it runs (or is iterated) after the others, or in place of the one of that name."""
    base = layers_base(owner)
    if base is not None and is_layer(value):
        owner.attributes[TORCH_BASE] = with_attribute(base, name, value)
