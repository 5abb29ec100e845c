"""Convolutions whose `groups` is a symbol without a value (`nn.Conv1d(9, 9, 3, groups=args.groups)`): the
constructor checks that the channels divide by it, which no stand-in for it can satisfy when the channels are
plain numbers, yet groups only splits the weight's second dimension (in_channels / groups for a convolution,
out_channels / groups for a transposed one) and leaves every output size as it is. Such a layer is built with one
group, then given the symbol and a weight whose second dimension is divided by it."""

from __future__ import annotations

import inspect
from typing import Any

from .symbols import Symbols


def ungrouped(cls: type, args: tuple, kwargs: dict[str, Any]) -> tuple[tuple, dict[str, Any], Any]:
    """For a convolution given a symbolic `groups` without a probe value, the arguments with one group instead,
    and that symbol; else the arguments unchanged and None."""
    import torch

    if not issubclass(cls, torch.nn.modules.conv._ConvNd) or issubclass(cls, torch.nn.modules.lazy.LazyModuleMixin):
        return args, kwargs, None
    try:
        bound = inspect.signature(cls).bind(*args, **kwargs)
    except TypeError:
        return args, kwargs, None
    groups = bound.arguments.get("groups")
    if not isinstance(groups, torch.SymInt) or groups.node.hint is not None:
        return args, kwargs, None
    bound.arguments["groups"] = 1
    return bound.args, bound.kwargs, groups


def regrouped(layer: Any, groups: Any, symbols: Symbols) -> Any:
    """`layer`, built with one group, with `groups` groups: its weight's second dimension divided by them."""
    import torch

    weight = layer.weight
    shape = [weight.shape[0], weight.shape[1] // groups, *weight.shape[2:]]
    with symbols.mode():
        fake = torch.empty(shape, dtype=weight.dtype, device="meta")
    layer.weight = torch.nn.Parameter(fake, requires_grad=weight.requires_grad)
    layer.groups = groups
    return layer
