"""Layers whose input size is unknown, built as torch's Lazy modules are: from the input, at each call.

`nn.Linear(n, 5)` with `n` unknown cannot be checked against its input, but in a program that runs, `n` is the
size the input has where the layer reads it (the last dim for in_features, the channel dim for in_channels and
num_features): torch's `nn.LazyLinear(5)` is that rule. Such a layer is kept as its lazy counterpart (without
the input size); each call builds the layer with the size torch's lazy initialisation reads from the input.
"""

from __future__ import annotations

import inspect
import weakref
from typing import Any

from .values import Value

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


def arguments(layer: Any, probe: Any) -> tuple[type, list[Any], dict[str, Value]] | None:
    """The class and arguments of the layer a call of the pending `layer` on input `probe` builds: its input
    size is the input's dim that torch's lazy initialisation reads, an int or a symbol (None when torch cannot size
    it from the input)."""
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
    return layer.cls_to_become, [probe.shape[markers.index(read)], *template_args], kwargs


def _plain(value: Value) -> Any:
    """An argument with plain ints for symbolic sizes (the stand-in layer only says where it reads its size)."""
    from .concrete import to_concrete

    concrete = to_concrete(value)
    return concrete if not hasattr(concrete, "node") else _MARKER


def _input_size_name(cls: type) -> str:
    return next(iter(inspect.signature(cls).parameters))
