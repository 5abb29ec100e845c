"""`x.view(*sizes)` and `x.reshape(*sizes)` with one size whose value the engine does not know (`t // period`, where
`t` is the length before or after a padding a branch may have made): a run that goes on had the one size that
makes the element count match, which is the size torch infers for -1, so that size stands as -1 (when no other
size is -1 already)."""

from __future__ import annotations

from .values import UNKNOWN, Const, Scalar, Sequence, SymDim, Value

_RESHAPES = frozenset({"view", "reshape"})


def with_inferred_size(name: str, args: list[Value]) -> list[Value] | None:
    """The arguments of `x.<name>(*args)` with its one unknown size as -1; None where that rule does not apply."""
    if name not in _RESHAPES:
        return None
    listed = args[0] if len(args) == 1 and isinstance(args[0], Sequence) and args[0].items is not None else None
    if listed is None and len(args) < 2:  # one unknown argument may be a whole tuple of sizes
        return None
    sizes = list(listed.items or ()) if listed is not None else list(args)
    unknown = [i for i, size in enumerate(sizes) if size is UNKNOWN or (isinstance(size, Scalar) and size.kind is int)]
    if len(unknown) != 1 or not all(_known_size(s) for i, s in enumerate(sizes) if i != unknown[0]):
        return None
    sizes[unknown[0]] = Const(-1)
    return [Sequence(tuple(sizes), listed.kind)] if listed is not None else sizes


def _known_size(value: Value) -> bool:
    """A size given as an int or read from a tensor, other than -1."""
    if isinstance(value, SymDim):
        return True
    return isinstance(value, Const) and type(value.value) is int and value.value != -1
