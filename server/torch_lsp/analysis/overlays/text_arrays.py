"""Numpy arrays of strings (`np.random.choice(["train", "valid"], size=n)`): the engine knows their shape, not
their items. Only `a.shape`, `a.ndim` and the item-by-item comparisons `a == s` / `a != s` (with a string or
another such array) read one; the comparison gives a bool array of the broadcast shape."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from ..concrete import size_value
from ..values import UNKNOWN, Const, Modelled, Sequence, Value


@dataclass(frozen=True, eq=False)
class TextArray(Modelled):
    """A numpy array of strings: `probe` is a meta tensor of its shape (its dtype stands for nothing)."""

    probe: Any
    instance_of: ClassVar[str] = "numpy.ndarray"

    def member(self, name: str) -> Value:
        """`a.shape` and `a.ndim`."""
        if name == "shape":
            return Sequence(tuple(size_value(d) for d in self.probe.shape))
        if name == "ndim":
            return Const(self.probe.dim())
        return UNKNOWN


def is_text(value: Value) -> bool:
    """Whether a value is a known string."""
    return isinstance(value, Const) and isinstance(value.value, str)


def text_items(value: Value) -> bool:
    """Whether a value is a list or tuple of known length whose items are all strings."""
    return (
        isinstance(value, Sequence)
        and value.kind in ("list", "tuple")
        and value.items is not None
        and len(value.items) > 0
        and all(is_text(item) for item in value.items)
    )
