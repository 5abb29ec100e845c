"""Batch norm layers on an input whose batch (or length) is a size meta tensors cannot compare: torch decides
whether the input is empty, and in training whether it holds one value per channel (which raises), on the product
of every size but the channels'. Neither decides the result's shape, which is always the input's: the layer is run
on an input of 2 in each of those sizes (so that the rank and the channels are still checked), and its result
takes the input's shape."""

from __future__ import annotations

from typing import Any

from .op_cache import COMPUTED, NO_GRAD, contiguous_probe
from .symbols import Symbols

_STAND_IN = 2  # more than one value per channel, and not empty


def undecided_batch(fn: Any, error: BaseException) -> bool:
    """Whether a batch norm layer's call failed on a decision about data-dependent sizes."""
    import torch
    from torch.fx.experimental.symbolic_shapes import GuardOnDataDependentSymNode

    return isinstance(fn, torch.nn.modules.batchnorm._BatchNorm) and isinstance(error, GuardOnDataDependentSymNode)


def normalised(fn: Any, args: tuple, kwargs: dict, symbols: Symbols) -> Any:
    """The layer's result on its one input, of the input's shape; None when the run on the stand-in fails too."""
    import torch

    given = args[0] if len(args) == 1 and not kwargs else None
    if not isinstance(given, torch.Tensor) or given.dim() < 2:
        return None
    sizes = [size if dim == 1 else _STAND_IN for dim, size in enumerate(given.shape)]
    mark, guards = symbols.replacement_mark(), symbols.guard_mark()
    try:
        with symbols.mode(), torch.device("meta"):
            result = fn(torch.empty(sizes, dtype=given.dtype))
    except Exception:  # noqa: BLE001 the stand-in fails as well: nothing is known of the result
        result = None
    if symbols.undo_specialisations(mark, guards) or symbols.guarded_since(guards) or result is None:
        return None
    grad = COMPUTED if result.requires_grad else NO_GRAD
    return contiguous_probe(list(given.shape), result.dtype, grad, symbols)
