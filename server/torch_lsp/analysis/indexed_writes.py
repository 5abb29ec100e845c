"""The out-of-place indexed writes (`cache.index_copy(2, pos, k)`, `x.scatter(0, idx, src)`, `x.index_put(ix, v)`):
each copies its tensor and writes some entries of the copy, so a run that goes on gives a tensor of that tensor's
sizes and dtype, whatever the index and the values written hold. The index and the values never broadcast the
tensor (unlike `masked_fill`, whose mask may add dimensions), so one the engine does not know leaves the result
known."""

from __future__ import annotations

from .concrete import is_concrete
from .values import Value

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


def keeps_unknown_write(name: str, args: list[Value], kwargs: dict[str, Value]) -> bool:
    """Whether `tensor.name(*args, **kwargs)` is an indexed write given an argument the engine does not know, which
    then stands for a copy of its tensor."""
    return name in SHAPE_KEEPING_WRITES and not all(is_concrete(value) for value in [*args, *kwargs.values()])
