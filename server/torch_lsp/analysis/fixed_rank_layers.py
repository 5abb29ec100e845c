"""A layer that accepts inputs of one rank only, called on a value the engine does not know (a batch read from
image files): `nn.BatchNorm2d(C)` with running statistics or an affine weight raises unless its input is 4-d
(`nn.BatchNorm3d`: 5-d) with C at dim 1, and returns a tensor of its input's shape. So in a run
that goes on, the input was `[N, C, H, W]` for some N, H and W, and the layer runs on such a tensor of unknown sizes,
on a device not known, in its parameters' dtype (with float32 parameters torch also takes a half-precision input, of
the same shapes, which a next float32 layer refuses outside autocast)."""

from __future__ import annotations

from typing import Any

from .op_cache import NO_GRAD, contiguous_probe
from .symbols import Symbols, SymbolsDeferred
from .values import TensorValue

_RANKS = {"BatchNorm2d": 4, "BatchNorm3d": 5}


def input_of(torch: Any, layer: Any, symbols: Symbols) -> TensorValue | None:
    """The input `layer` must have been given, of unknown sizes but those it fixes; None for a layer that accepts
    more than one rank, or without parameters (any channel count, any floating dtype)."""
    rank = next((r for name, r in _RANKS.items() if type(layer) is getattr(torch.nn, name)), None)
    channels = getattr(layer, "num_features", None)
    if rank is None or type(channels) is not int:
        return None
    parameter = layer.weight if layer.weight is not None else layer.running_mean
    if parameter is None:
        return None
    try:
        shape = [symbols.unknown() if dim != 1 else channels for dim in range(rank)]
        probe = contiguous_probe(shape, parameter.dtype, NO_GRAD, symbols)
    except SymbolsDeferred:
        return None
    return TensorValue(probe, "?", ("input",))
