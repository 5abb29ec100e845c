"""`a == b` and `a != b` of two lists or tuples whose items the engine holds one by one: Python compares their
types, lengths and items, so `dims == []` is decided for a list of known length (False when it has items, True
when it is an empty list too), and two lists of the same length are equal when every pair of items is; a list, tuple
or dict is never equal to None."""

from __future__ import annotations

from collections.abc import Callable

from .values import Const, Sequence, Value

_EXACT = ("list",)  # a sequence kept as a list is one; one kept as a tuple may be a collated list (see kind_known)


def sequences_compared(
    left: Value, right: Value, equal: bool, items_equal: Callable[[Value, Value], Value]
) -> Value | None:
    """`left == right` (`!=` when not `equal`) of two lists or tuples of known items, when Python's answer is known
    (`items_equal` compares two items), a tuple constant (a layer's `stride`) among them; None otherwise."""
    left, right = _as_sequence(left), _as_sequence(right)
    if not (isinstance(left, Sequence) and isinstance(right, Sequence)) or {left.kind, right.kind} - {"list", "tuple"}:
        return None
    if left.items is None or right.items is None:
        return None
    exact = all(v.kind in _EXACT or v.kind_known for v in (left, right))
    if len(left.items) != len(right.items) or (exact and left.kind != right.kind):  # `() == []` is False
        return Const(not equal)
    answers = [items_equal(a, b) for a, b in zip(left.items, right.items, strict=True)]
    if any(isinstance(a, Const) and a.value is False for a in answers):
        return Const(not equal)
    if exact and all(isinstance(a, Const) and a.value is True for a in answers):
        return Const(equal)
    return None


def _as_sequence(value: Value) -> Value:
    """A tuple constant as the tuple of its items; any other value as it is."""
    if isinstance(value, Const) and type(value.value) is tuple:
        return Sequence(tuple(Const(item) for item in value.value), "tuple", kind_known=True)
    return value


def compared_with_none(left: Value, right: Value, equal: bool) -> Value | None:
    """`items == None` (`!=` when not `equal`) of a list, tuple or dict, either way round: never equal, since their
    `__eq__` answers NotImplemented for None and Python falls back to identity; None for other operands."""
    for value, other in ((left, right), (right, left)):
        none = isinstance(other, Const) and other.value is None
        if none and isinstance(value, Sequence) and value.kind in ("list", "tuple", "dict"):
            return Const(not equal)
    return None
