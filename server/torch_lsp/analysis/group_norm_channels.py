"""Group norm layers on an input whose channels are a size without a value (a symbol, the layer's own): torch
decides whether the groups divide the channels and, in training, whether each group holds more than one value
(both raise otherwise) on that size, which meta tensors cannot do. Neither decides the result's shape, which is
always the input's: a layer of the same groups, affinity and dtype is run on an input of 2 in each size and two
channels per group (so that the rank is still checked), and the result takes the input's shape. Only a layer
whose channels are the input's own size qualifies: a weight of another size is a check left to torch."""

from __future__ import annotations

from typing import Any

from .op_cache import COMPUTED, NO_GRAD, contiguous_probe
from .symbols import Symbols, expression

_STAND_IN = 2  # more than one value per group, and not empty


def undecided_channels(fn: Any, args: tuple, kwargs: dict, error: BaseException) -> bool:
    """Whether a group norm layer's call on an input of its own channels failed on a data-dependent decision."""
    import torch
    from torch.fx.experimental.symbolic_shapes import GuardOnDataDependentSymNode

    if not isinstance(fn, torch.nn.GroupNorm) or not isinstance(error, GuardOnDataDependentSymNode):
        return False
    given = args[0] if len(args) == 1 and not kwargs else None
    if not isinstance(given, torch.Tensor) or given.dim() < 2:
        return False
    channels = getattr(given.shape[1], "node", None)
    return channels is not None and channels.expr == expression(fn.num_channels)


def normalised(fn: Any, given: Any, symbols: Symbols) -> Any:
    """The layer's result on `given`, of its shape; None when the run on the stand-in fails."""
    import torch

    groups = fn.num_groups
    sizes = [groups * _STAND_IN if dim == 1 else _STAND_IN for dim in range(given.dim())]
    try:
        with torch.device("meta"):
            layer = torch.nn.GroupNorm(groups, groups * _STAND_IN, fn.eps, fn.affine, dtype=given.dtype)
            layer.train(fn.training)
            result = layer(torch.empty(sizes, dtype=given.dtype))
    except Exception:  # noqa: BLE001 the stand-in fails as well: nothing is known of the result
        return None
    grad = COMPUTED if result.requires_grad else NO_GRAD
    return contiguous_probe(list(given.shape), result.dtype, grad, symbols)
