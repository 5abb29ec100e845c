"""`torch.cat((x, h), dim)` where some tensors are not known (`x` read from data the analysis cannot see, or the
items of a list of unknown length after its known first ones: `[x] + features`): torch
requires every tensor it joins to have the rank of the others and their sizes in every dimension but `dim` (a 1-D
empty tensor, which it skips, excepted), so the result has the known tensors' shape but along `dim`, where nothing
is known of its size (a size without a probe value: torch decides nothing on it). Its dtype is what the known
tensors' floating dtype promotes to with any other: the known one or a wider float."""

from __future__ import annotations

from typing import Any

from .values import UNKNOWN, Const, Sequence, TensorValue, Value

_CONCATS = frozenset({"torch.cat", "torch.concat", "torch.concatenate"})
_FLOATS = ("float16", "bfloat16", "float32", "float64")


def known_part(
    label: str, args: list[Value], kwargs: dict[str, Value], surely_positive: Any
) -> tuple[Sequence, int] | None:
    """For a concatenation of tensors some of which are not known: the known ones, to join as torch would, and the
    dimension along which the result's size is not known; None for other calls, or when a known tensor may be a
    1-D empty one (whose rank says nothing of the others') or is not floating."""
    if label not in _CONCATS or not args or set(kwargs) - {"dim", "axis"}:
        return None
    tensors = args[0]
    dim = args[1] if len(args) > 1 else kwargs.get("dim", kwargs.get("axis", Const(0)))
    if not (isinstance(tensors, Sequence) and isinstance(dim, Const) and type(dim.value) is int):
        return None
    items = tensors.items if tensors.items is not None else (*tensors.prefix, tensors.element)
    known = [item for item in items if isinstance(item, TensorValue)]
    if not known or any(item is not UNKNOWN and not isinstance(item, TensorValue) for item in items):
        return None
    if len(known) == len(items) or not all(_joinable(tensor, surely_positive) for tensor in known):
        return None
    return Sequence(tuple(known), tensors.kind), dim.value


def _joinable(tensor: TensorValue, surely_positive: Any) -> bool:
    """Whether a known tensor fixes the result's rank (it is not 1-D and maybe empty) and is floating."""
    shape = tensor.shape
    if not shape or not all(dtype.is_floating_point for dtype in tensor.possible_dtypes):
        return False
    return len(shape) > 1 or (shape[0] > 0 if isinstance(shape[0], int) else surely_positive(shape[0]))


def promoted_dtypes(tensor: TensorValue) -> frozenset[Any]:
    """The dtypes a join of `tensor` with a floating tensor of any dtype may have."""
    import torch

    return frozenset(
        torch.promote_types(known, getattr(torch, name)) for known in tensor.possible_dtypes for name in _FLOATS
    )
