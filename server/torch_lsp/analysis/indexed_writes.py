"""The out-of-place indexed writes (`cache.index_copy(2, pos, k)`, `x.scatter(0, idx, src)`, `x.index_put(ix, v)`,
and their functional forms `torch.scatter_add(x, 1, idx, src)`):
each copies its tensor and writes some entries of the copy, so a run that goes on gives a tensor of that tensor's
sizes and dtype, whatever the index and the values written hold. The index and the values never broadcast the
tensor (unlike `masked_fill`, whose mask may add dimensions), so one the engine does not know, or sizes it cannot
compare (torch checks the index is no larger than the values and, off the written dim, than the tensor: a check
that may fail for some sizes only), leave the result known."""

from __future__ import annotations

from typing import Any

from .values import TensorValue, Value

SHAPE_KEEPING_WRITES = frozenset(
    {
        "index_copy",
        "index_add",
        "index_fill",
        "index_reduce",
        "index_put",
        "put",
        "scatter",
        "scatter_add",
        "scatter_reduce",
    }
)


def written_tensor(torch: Any, fn: Any, args: list[Value], kwargs: dict[str, Value]) -> TensorValue | None:
    """The tensor `torch.name(x, ...)`, the functional form of an indexed write, copies (x); None for other calls."""
    name = getattr(fn, "__name__", "")
    if name not in SHAPE_KEEPING_WRITES or fn is not getattr(torch, name, None):
        return None
    given = args[0] if args else kwargs.get("input")
    return given if isinstance(given, TensorValue) else None
