"""`x.split(k, dim)`, `x.chunk(n, dim)` and `x.unbind(dim)` along a dimension whose size is a symbol: torch cannot
say how many pieces there are (it raises on a data-dependent count), so the result is a tuple of unknown length.
Every piece has x's shape but along `dim`: `k` for `split(1)` (each piece one slice), a size nothing is known of
for `split(k)` with k > 1 and for `chunk` (the last piece may be shorter), and no such dimension for `unbind`.
The same holds when the sizes or the count are not known (`x.split(counts.tolist())`): one piece per section of a
list of known length, each of its section's size when that is known.

`x.chunk(c, dim)` of a symbolic size n makes 1 to c pieces, all ceil(n / c) long but the last, which holds the
rest: so unpacking it into c names (which fails unless there are c pieces) binds c - 1 pieces of ceil(n / c) and
a last one of n - (c - 1) * ceil(n / c), and its first piece is ceil(n / c) long however many there are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .values import Const, Sequence, SymDim, TensorValue, Value

_SPLITS = frozenset({"torch.split", "torch.Tensor.split"})
_CHUNKS = frozenset({"torch.chunk", "torch.Tensor.chunk"})
_UNBINDS = frozenset({"torch.unbind", "torch.Tensor.unbind"})
MAX_CHUNKS = 64  # the most chunks whose pieces are made one by one


@dataclass(frozen=True, eq=False)
class Chunks(Sequence):
    """The pieces of a chunk into c along a symbolic dimension: a tuple of 1 to c pieces, `full` when c."""

    full: tuple[Value, ...] = ()


def unpacked_chunks(value: Value, targets: int) -> list[Value] | None:
    """The pieces unpacking `value` into `targets` names binds, when it is the chunks of a symbolic size into that
    many."""
    return list(value.full) if isinstance(value, Chunks) and len(value.full) == targets else None


def pieces(
    label: str, args: list[Value], kwargs: dict[str, Value], piece: Callable[[list[Any]], Value]
) -> Value | None:
    """The pieces of a split, chunk or unbind of a symbolic dimension, each made by `piece` from its shape; None
    for other calls (and for a dimension of known size, which torch splits itself)."""
    parsed = _parsed(label, args, kwargs)
    if parsed is None:
        return None
    shape, axis, size = parsed
    if label in _UNBINDS:
        size = Const(1)
    if not (isinstance(size, Const) and type(size.value) is int and size.value > 0) or isinstance(shape[axis], int):
        return None
    if label in _CHUNKS and size.value <= MAX_CHUNKS:
        return _chunks(shape, axis, size.value, piece)
    if label in _UNBINDS:
        del shape[axis]
    else:
        shape[axis] = 1 if label in _SPLITS and size.value == 1 else None
    return Sequence(None, "tuple", element=piece(shape))


def _chunks(shape: list[Any], axis: int, count: int, piece: Callable[[list[Any]], Value]) -> Chunks:
    """The chunks of `shape` into `count` along `axis`, a symbolic size: pieces of ceil(size / count) but the last."""
    size = shape[axis]
    step = (size + count - 1) // count

    def along(length: Any) -> Value:
        return piece([*shape[:axis], length, *shape[axis + 1 :]])

    full = (*(along(step) for _ in range(count - 1)), along(size - (count - 1) * step))
    return Chunks(None, "tuple", element=along(None), prefix=full[:1], full=full)


def pieces_of_unknown_sizes(
    label: str, args: list[Value], kwargs: dict[str, Value], piece: Callable[[list[Any]], Value]
) -> Value | None:
    """`x.split(sizes, dim)` / `x.chunk(n, dim)` when the sizes or the count are not all known numbers: as many
    pieces as a list of sections has items (else a tuple of unknown length), each of x's shape but along `dim`,
    where it is its section's size when that is known; None for other calls."""
    parsed = _parsed(label, args, kwargs) if label not in _UNBINDS else None
    if parsed is None:
        return None
    shape, axis, size = parsed

    def along(section: Value | None) -> Value:
        length = section.value if isinstance(section, (Const, SymDim)) else None
        known = isinstance(section, SymDim) or type(length) is int
        return piece([*shape[:axis], length if known else None, *shape[axis + 1 :]])

    if label in _SPLITS and isinstance(size, Sequence) and size.kind in ("list", "tuple") and size.items is not None:
        return Sequence(tuple(along(section) for section in size.items), "tuple")
    return Sequence(None, "tuple", element=along(None))


def _parsed(label: str, args: list[Value], kwargs: dict[str, Value]) -> tuple[list[Any], int, Value | None] | None:
    """For a split, chunk or unbind of a tensor along a known dimension: its shape, that dimension and the size or
    count argument; None otherwise."""
    if label not in _SPLITS | _CHUNKS | _UNBINDS or not args or not isinstance(args[0], TensorValue):
        return None
    names = ("dim",) if label in _UNBINDS else ("split_size", "dim") if label in _SPLITS else ("chunks", "dim")
    given = dict(zip(names, args[1:], strict=False)) | kwargs
    if "split_size_or_sections" in given:
        given["split_size"] = given.pop("split_size_or_sections")
    if set(given) - set(names):
        return None
    dim = given.get("dim", Const(0))
    shape = list(args[0].probe.shape)
    if not (isinstance(dim, Const) and type(dim.value) is int and -len(shape) <= dim.value < len(shape)):
        return None
    return shape, dim.value % len(shape), given.get(names[0])
