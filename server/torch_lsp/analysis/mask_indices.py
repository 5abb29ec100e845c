"""Boolean masks in a tensor index (`x[mask]`, `x[mask, 2] = 1.0`): a mask indexes as many dimensions as it has, and
torch raises an IndexError unless each of its sizes is the size of the dimension it indexes, whatever the mask holds,
on a read and on a write alike."""

from __future__ import annotations

from typing import Any

from .probes import OpError
from .symbols import Symbols
from .values import Const, Scalar, Sequence, SymDim, TensorValue, Value


def mask_mismatch(owner: TensorValue, index: Value, symbols: Symbols) -> OpError | None:
    """torch's IndexError for `owner[index]` when a boolean mask in the index has a known size other than the known
    size of the dimension it indexes; None when every mask fits or where that is not known."""
    parts = index.items if isinstance(index, Sequence) and index.kind == "tuple" else (index,)
    if parts is None:
        return None
    widths = [_width(part) for part in parts]
    if any(width is None for width in widths):
        return None
    ellipses = sum(1 for part in parts if _is_ellipsis(part))
    if ellipses > 1:
        return None
    shape = tuple(owner.probe.shape)
    rest = len(shape) - sum(width for width in widths if width is not None and width >= 0)
    position = 0
    for part, width in zip(parts, widths, strict=True):
        if width == -1:
            position += max(rest, 0)
            continue
        mask = _mask_shape(part)
        if mask is not None:
            if position + len(mask) > len(shape):
                return None
            for offset, size in enumerate(mask):
                indexed = shape[position + offset]
                if type(size) is int and type(indexed) is int and size != indexed:
                    message = (
                        f"The shape of the mask {symbols.render_shape(mask)} at index {offset} does not match the"
                        f" shape of the indexed tensor {symbols.render_shape(shape)} at index {position + offset}"
                    )
                    return OpError(message, "IndexError", None, for_all_sizes=True)
        position += width or 0
    return None


def _width(part: Value) -> int | None:
    """How many dimensions an index part takes: a mask its rank, an int, a slice or an integer index one, None
    none, `...` the rest (-1); None for a part not known."""
    if _is_ellipsis(part):
        return -1
    if isinstance(part, Const) and part.value is None:
        return 0
    mask = _mask_shape(part)
    if mask is not None:
        return len(mask)
    if isinstance(part, (TensorValue, SymDim)):
        return 1
    if isinstance(part, Const) and (type(part.value) is int or isinstance(part.value, slice)):
        return 1
    if isinstance(part, Scalar) and part.kind is int:
        return 1
    return None


def _mask_shape(part: Value) -> tuple[Any, ...] | None:
    """The shape of a boolean (or legacy uint8) mask; None for any other index part."""
    import torch

    if isinstance(part, TensorValue) and part.probe.dtype in (torch.bool, torch.uint8):
        return tuple(part.probe.shape)
    return None


def _is_ellipsis(part: Value) -> bool:
    return isinstance(part, Const) and part.value is Ellipsis
