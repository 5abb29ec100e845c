"""`torch.mean(x)` of a value the engine does not know (`x` computed from data it cannot see): torch takes only a
floating (or complex) tensor there, and averaging every element leaves a 0-d tensor whatever x's shape, of x's
dtype, which is not known (one of the floating ones), on x's device, which is not known either."""

from __future__ import annotations

from typing import Any

from .values import UNKNOWN, Value

_MEANS = frozenset({"torch.mean"})
FLOATS = ("float32", "float64", "float16", "bfloat16")


def averages_unknown(label: str, args: list[Value], kwargs: dict[str, Value]) -> bool:
    """Whether the call averages every element of one unknown value."""
    return label in _MEANS and len(args) == 1 and args[0] is UNKNOWN and not kwargs


def floating_dtypes(torch: Any) -> frozenset[Any]:
    """The floating dtypes the average may have."""
    return frozenset(getattr(torch, name) for name in FLOATS)
