"""Calls that fail only because two sizes differ (`conv1d` of an input of s69 channels with a weight of s65, two
vocabularies read from two files): torch decides `s69 != s65` on their probe values, its one decision, and raises,
so every run with them different raises there and every run that goes on has them equal. Such a call runs again
with one size in place of the other, and its result is the one those runs have."""

from __future__ import annotations

from typing import Any

from .op_cache import COMPUTED, LEAF, NO_GRAD, empty_probe
from .symbols import Symbols


def kept_and_replaced(pair: tuple[Any, Any], fixed: set[Any], symbols: Symbols) -> tuple[Any, Any] | None:
    """Which of two sizes found different stays (one a layer holds, `fixed`, or else one with a name) and which is
    read as it; None when the layer holds both."""
    first, second = pair
    if second in fixed or (first not in fixed and symbols.label(first) is None):
        first, second = second, first
    return None if second in fixed else (first, second)


def equated(value: Any, replacements: dict[Any, Any], symbols: Symbols) -> Any:
    """The arguments with each size symbol of `replacements` read as the one it maps to: tensors made anew (on
    meta) with their strides and autograd state, so views and in-place ops behave as on the originals."""
    import torch

    def sized(d: Any) -> Any:
        return symbols.size(d.node.expr.xreplace(replacements)) if isinstance(d, torch.SymInt) else d

    if isinstance(value, torch.Tensor):
        if not any(isinstance(d, torch.SymInt) for d in (*value.shape, *value.stride())):
            return value
        grad = NO_GRAD if not value.requires_grad else LEAF if value.is_leaf else COMPUTED
        with symbols.mode():
            return empty_probe([sized(d) for d in value.shape], [sized(d) for d in value.stride()], value.dtype, grad)
    if isinstance(value, torch.SymInt):
        return sized(value)
    if isinstance(value, slice):
        return slice(*equated((value.start, value.stop, value.step), replacements, symbols))
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*(equated(v, replacements, symbols) for v in value))
    if isinstance(value, (list, tuple)):
        return type(value)(equated(v, replacements, symbols) for v in value)
    if isinstance(value, dict):
        return {k: equated(v, replacements, symbols) for k, v in value.items()}
    return value
