"""`x.split(k, dim)`, `x.chunk(n, dim)` and `x.unbind(dim)` along a dimension whose size is a symbol: torch cannot
say how many pieces there are (it raises on a data-dependent count), so the result is a tuple of unknown length.
Every piece has x's shape but along `dim`: `k` for `split(1)` (each piece one slice), a size nothing is known of
for `split(k)` with k > 1 and for `chunk` (the last piece may be shorter), and no such dimension for `unbind`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .values import Const, Sequence, TensorValue, Value

_SPLITS = frozenset({"torch.split", "torch.Tensor.split"})
_CHUNKS = frozenset({"torch.chunk", "torch.Tensor.chunk"})
_UNBINDS = frozenset({"torch.unbind", "torch.Tensor.unbind"})


def pieces(
    label: str, args: list[Value], kwargs: dict[str, Value], piece: Callable[[list[Any]], Value]
) -> Value | None:
    """The pieces of a split, chunk or unbind of a symbolic dimension, each made by `piece` from its shape; None
    for other calls (and for a dimension of known size, which torch splits itself)."""
    if label not in _SPLITS | _CHUNKS | _UNBINDS or not args or not isinstance(args[0], TensorValue):
        return None
    names = ("dim",) if label in _UNBINDS else ("split_size", "dim") if label in _SPLITS else ("chunks", "dim")
    given = dict(zip(names, args[1:], strict=False)) | kwargs
    if "split_size_or_sections" in given:
        given["split_size"] = given.pop("split_size_or_sections")
    if set(given) - set(names):
        return None
    dim, size = given.get("dim", Const(0)), given.get(names[0]) if label not in _UNBINDS else Const(1)
    shape = list(args[0].probe.shape)
    if not (isinstance(dim, Const) and type(dim.value) is int and -len(shape) <= dim.value < len(shape)):
        return None
    if not (isinstance(size, Const) and type(size.value) is int and size.value > 0):
        return None
    axis = dim.value % len(shape)
    if isinstance(shape[axis], int):
        return None
    if label in _UNBINDS:
        del shape[axis]
    else:
        shape[axis] = 1 if label in _SPLITS and size.value == 1 else None
    return Sequence(None, "tuple", element=piece(shape))
