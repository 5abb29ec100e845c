"""The helpers a torch layer's own `forward` calls on the layer (`nn.TransformerEncoderLayer`'s `_sa_block` and
`_ff_block`): a user subclass that writes its own `forward` calls them as torch's does, and they run on probes as
the forward they serve runs."""

from __future__ import annotations

import ast
import functools
import inspect
import textwrap
from typing import Any


def helper_layer(torch: Any, layer: Any, name: str) -> Any:
    """A layer whose forward is `layer.name`, holding `layer` (so probes copy it to a device as they do a layer)."""
    return _helper_class(torch)(layer, name)


@functools.cache
def _helper_class(torch: Any) -> type:
    class Helper(torch.nn.Module):
        def __init__(self, layer: Any, helper: str) -> None:
            super().__init__()
            self.layer = layer
            self.helper = helper

        def forward(self, *args: Any, **kwargs: Any) -> Any:
            return getattr(self.layer, self.helper)(*args, **kwargs)

    return Helper


def is_forward_helper(torch: Any, layer: Any, name: str) -> bool:
    """Whether `layer.name` is a method of a torch.nn layer class that the class's `forward` calls on the layer."""
    cls: Any = type(layer)
    if not (isinstance(layer, torch.nn.Module) and cls.__module__.startswith("torch.nn.modules")):
        return False
    try:
        method = inspect.getattr_static(cls, name)
    except AttributeError:
        return False
    if not inspect.isfunction(method) or not method.__module__.startswith("torch.nn.modules"):
        return False
    return name in _called_by_forward(cls)


@functools.cache
def _called_by_forward(cls: Any) -> frozenset[str]:
    """The names of the `self.name(...)` calls in the source of `cls.forward`."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls.forward)))
    except (OSError, TypeError, SyntaxError):
        return frozenset()
    return frozenset(
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "self"
    )
