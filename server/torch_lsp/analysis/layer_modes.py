"""The training mode of torch layers, as far as an error torch raises only in training depends on it.

A layer is built in training mode and the engine runs it so. `module.train(...)`, `module.eval()` (on the layer,
on a container or a user module holding it, or through `module.apply`) and a store to `layer.training` may change
it, on some paths or all: from then on the layer's mode is not sure. A call that fails in training mode on such a
layer (batch norm on one value per channel) is run again in eval mode: a run that goes on ran it in eval mode, so
that result stands, and only a call that fails in both modes is an error.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from .alternatives import Alternatives
from .layer_stacks import LayerStack
from .optional_values import MaybeNone
from .values import Container, TorchModule, UserObject, Value


class LayerModes:
    """The torch layers whose mode the program may have changed."""

    def __init__(self) -> None:
        self.layers: dict[int, TorchModule] = {}  # by id(); the values kept so that no id is reused

    def changed(self, value: Value) -> None:
        """Note that the mode of every torch layer `value` holds (itself, or what a module or container holds) may
        have changed."""
        seen: set[int] = set()
        pending = [value]
        while pending:
            current = pending.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            if isinstance(current, TorchModule):
                self.layers[id(current)] = current
            elif isinstance(current, UserObject):
                pending.extend(current.attributes.values())
            elif isinstance(current, Container):
                pending.extend(current.items)
            elif isinstance(current, Alternatives):
                pending.extend(current.options)
            elif isinstance(current, MaybeNone):
                pending.append(current.value)
            elif isinstance(current, LayerStack):
                pending.extend([current.layer, *current.before, *current.after])

    def surely_training(self, family: list[TorchModule]) -> bool:
        """Whether a layer is surely in training mode, given the layer values that hold it or that it holds."""
        return not any(id(layer) in self.layers for layer in family)


@contextlib.contextmanager
def evaluating(layer: Any) -> Iterator[None]:
    """Run `layer` and every layer inside it in eval mode, then give each back the mode it had."""
    modes = [(inner, inner.training) for inner in layer.modules()]
    layer.eval()
    try:
        yield
    finally:
        for inner, mode in modes:
            inner.training = mode
