"""`nn.EmbeddingBag` called on indices the engine does not know (read from data it cannot see): torch pools one row
of `embedding_dim` per bag whatever the indices' shape (one dimension cut into bags by offsets, or a bag per row of
two), so a call that goes on gives two dimensions: a number of bags nothing is known of, and the layer's
`embedding_dim`. The rows are of the weight's dtype, on the device of the indices, which is not known either."""

from __future__ import annotations

from typing import Any

from .values import UNKNOWN, Value


def pools_unknown(torch: Any, fn: Any, args: list[Value]) -> bool:
    """Whether the call is an EmbeddingBag layer's on indices the engine does not know."""
    return isinstance(fn, torch.nn.EmbeddingBag) and bool(args) and args[0] is UNKNOWN


def pooled_shape(fn: Any, bags: Any) -> tuple[list[Any], Any]:
    """The shape of the bags' rows (`bags` of them) and their dtype."""
    return [bags, fn.embedding_dim], fn.weight.dtype
