"""Layers whose input size is unknown, built as torch's Lazy modules are: from the input, at each call.

`nn.Linear(n, 5)` with `n` unknown cannot be checked against its input, but in a program that runs, `n` is the
size the input has where the layer reads it (the last dim for in_features, the channel dim for in_channels and
num_features): torch's `nn.LazyLinear(5)` is that rule. Such a layer is kept as its lazy counterpart (without
the input size); each call builds the layer with the size torch's lazy initialisation reads from the input.
"""

from __future__ import annotations

import inspect
import weakref
from dataclasses import replace
from typing import Any

from .op_cache import COMPUTED, NO_GRAD, contiguous_probe
from .symbols import Symbols
from .values import TensorValue, Value

# the arguments (abstract values, input size left out) each lazy layer made here was built with
_RECIPES: weakref.WeakKeyDictionary[Any, tuple[list[Value], dict[str, Value]]] = weakref.WeakKeyDictionary()
# distinct sizes divisible by 1..8 (common `groups`), small enough that 5-d inputs of them have a numel: which of
# them a layer reads tells the position it reads
_MARKER = 840


def counterpart(torch: Any, cls: type) -> type | None:
    """torch's Lazy variant of a layer class (`nn.LazyConv2d` for `nn.Conv2d`), if it has one."""
    lazy = getattr(torch.nn, "Lazy" + cls.__name__, None)
    return lazy if inspect.isclass(lazy) and getattr(lazy, "cls_to_become", None) is cls else None


def split_input_size(
    cls: type, args: list[Value], kwargs: dict[str, Value]
) -> tuple[Value | None, list[Value], dict[str, Value]]:
    """The input size given to `cls(...)` (its first parameter; None when not given), and the other arguments."""
    name = _input_size_name(cls)
    if args:
        return args[0], args[1:], kwargs
    return kwargs.get(name), args, {k: v for k, v in kwargs.items() if k != name}


def build(torch: Any, lazy: type, args: list[Value], kwargs: dict[str, Value], concrete: tuple[tuple, dict]) -> Any:
    """The lazy layer `lazy(*args, **kwargs)` (`concrete`: torch's form of the arguments) on the meta device;
    raises what torch raises."""
    with torch.device("meta"):
        template = lazy(*concrete[0], **concrete[1])
    _RECIPES[template] = (args, kwargs)
    return template


def is_pending(torch: Any, module: Any) -> bool:
    """Whether a layer is a lazy one made here, whose size waits for an input."""
    return isinstance(module, torch.nn.modules.lazy.LazyModuleMixin) and module in _RECIPES


def waits_for_input(torch: Any, layer: Any, name: str) -> bool:
    """Whether attribute `name` of a pending lazy layer is sized by the input: its parameters and buffers, and
    the input size itself (0 until then)."""
    value = getattr(layer, name, None)
    if isinstance(value, torch.nn.parameter.UninitializedTensorMixin):
        return True
    return name == _input_size_name(layer.cls_to_become)


def arguments(layer: Any, probe: Any) -> tuple[type, int, list[Value], dict[str, Value]] | None:
    """The class, the input's dim that torch's lazy initialisation reads (the layer's input size is that dim's
    size, an int or a symbol) and the other arguments of the layer a call of the pending `layer` on input `probe`
    builds; None when torch cannot size it from the input."""
    import torch

    template_args, kwargs = _RECIPES[layer]
    markers = [_MARKER * (i + 1) for i in range(probe.dim())]
    try:
        with torch.device("meta"):  # its weights, of marker sizes, are never allocated
            stand_in_layer = type(layer)(
                *(_plain(a) for a in template_args), **{k: _plain(v) for k, v in kwargs.items()}
            )
            stand_in_layer._infer_parameters(
                stand_in_layer, (torch.empty_strided(markers, [0] * len(markers), dtype=probe.dtype),)
            )
    except Exception:  # noqa: BLE001 an input torch cannot size the layer from: the call's result is unknown
        return None
    read = getattr(stand_in_layer, _input_size_name(layer.cls_to_become), None)
    if read not in markers:
        return None
    return layer.cls_to_become, markers.index(read), list(template_args), kwargs


def without_probe_value(given: TensorValue, dim: int, symbols: Symbols) -> TensorValue | None:
    """The input with its size at `dim` made a fresh one without a probe value, where that size has one (a layer's
    sizes must have none, see symbolic_layers): the layer built on it gives the same result whatever the size is,
    so a result that does not mention the fresh size is the call's; None where the size has no probe value."""
    size = given.probe.shape[dim]
    if isinstance(size, int) or size.node.hint is None:
        return None
    sizes = list(given.probe.shape)
    sizes[dim] = symbols.joined()
    grad = COMPUTED if given.probe.requires_grad else NO_GRAD
    return replace(given, probe=contiguous_probe(sizes, given.probe.dtype, grad, symbols), literals=())


def mentions(result: Value, size: Any) -> bool:
    """Whether a call's result (anything but a tensor counts as mentioning it) has a size that involves `size`."""
    if not isinstance(result, TensorValue):
        return True
    free = size.node.expr.free_symbols
    return any(not isinstance(d, int) and d.node.expr.free_symbols & free for d in result.probe.shape)


def _plain(value: Value) -> Any:
    """An argument with plain ints for symbolic sizes (the stand-in layer only says where it reads its size)."""
    from .concrete import to_concrete

    concrete = to_concrete(value)
    return concrete if not hasattr(concrete, "node") else _MARKER


def _input_size_name(cls: type) -> str:
    return next(iter(inspect.signature(cls).parameters))
