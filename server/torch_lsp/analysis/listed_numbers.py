"""What `tolist()` gives for a tensor or a numpy array whose contents are not known: nested lists of Python numbers
of its element kind (bool, int or float), a level per dimension; for a size that is not a known int, a list of that
symbolic length where the size is surely at least 1 (a list of symbolic length is not empty), else of unknown
length."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .interp_api import MAX_CONST_ITEMS
from .values import UNKNOWN, Scalar, Sequence, Value


def listed_numbers(dtype: Any, shape: tuple[Any, ...], surely_positive: Callable[[Any], bool]) -> Value:
    """Nested lists of numbers of the kind of the torch `dtype`, shaped as `shape`; unknown for a complex dtype."""
    import torch

    if dtype.is_complex:
        return UNKNOWN
    value: Value = Scalar(bool if dtype is torch.bool else float if dtype.is_floating_point else int)
    count = 1
    for size in reversed(shape):
        count *= size if type(size) is int else 1
        if type(size) is int and count <= MAX_CONST_ITEMS:
            value = Sequence((value,) * size, "list")
        elif type(size) is not int and surely_positive(size):
            value = Sequence(None, "list", element=value, length=size)
        else:
            value = Sequence(None, "list", element=value)
    return value
