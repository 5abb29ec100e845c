"""What a name held at one place over several visits (a function called from two sites), summed up for hints and
hovers: tensors whose dtypes differ in kind (an int mask from one caller, a float mask from another) keep the sizes
they agree on, the dtype not known. The program still holds each visit's tensor apart (joins of what it holds give
up on such tensors), so only what is shown of the name comes from this join."""

from __future__ import annotations

from dataclasses import replace

from .joins import join
from .symbols import Symbols, SymbolsDeferred
from .values import UNKNOWN, TensorValue, Value


def joined_visits(a: Value, b: Value, symbols: Symbols) -> Value:
    """The join of two values a name held at one place; tensors of different dtypes keep their joined sizes."""
    joined = join(a, b, symbols)
    if joined is not UNKNOWN or not isinstance(a, TensorValue) or not isinstance(b, TensorValue):
        return joined
    dtypes = a.possible_dtypes | b.possible_dtypes
    if len(dtypes) == 1:
        return joined
    import torch

    try:
        with symbols.mode(), torch.device("meta"):
            converted = b.probe.to(a.probe.dtype)
    except SymbolsDeferred:
        return joined
    sizes = join(replace(a, dtypes=None), replace(b, probe=converted, dtypes=None), symbols)
    return replace(sizes, dtypes=dtypes) if isinstance(sizes, TensorValue) else joined
