"""`np.pad(array, pad_width, mode='constant', ...)`: an array of the input's dtype, each axis longer by the widths
padded before and after it, in any mode. `pad_width` is one int for every side, a pair `(before, after)` for every
axis, or one pair per axis (a one-item sequence stands for every axis), as numpy broadcasts it."""

from __future__ import annotations

import ast
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..symbols import SymbolsDeferred
from ..values import UNKNOWN, Const, Sequence, Value
from .numpy_model import NdArray


def _widths(value: Value) -> int | list[Any] | None:
    """`value` as nested lists of known non-negative ints; None otherwise."""
    if isinstance(value, Const) and type(value.value) is int and value.value >= 0:
        return value.value
    if isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items:
        items = [_widths(item) for item in value.items]
        return None if any(item is None for item in items) else items
    return None


def _per_axis(widths: Any, rank: int) -> list[tuple[int, int]] | None:
    """The (before, after) widths of each of `rank` axes that numpy broadcasts `widths` to; None when it raises."""
    if isinstance(widths, int):
        return [(widths, widths)] * rank
    if all(isinstance(w, int) for w in widths):
        pairs = [widths * 2] if len(widths) == 1 else [widths] if len(widths) == 2 else None
    elif all(isinstance(w, list) and all(isinstance(x, int) for x in w) for w in widths):
        pairs = [w * 2 if len(w) == 1 else w for w in widths]
    else:
        return None
    if pairs is None or any(len(pair) != 2 for pair in pairs) or len(pairs) not in (1, rank):
        return None
    return [(pair[0], pair[1]) for pair in pairs] * (rank if len(pairs) == 1 else 1)


def _pad(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    array = args[0] if args else kwargs.get("array")
    given = args[1] if len(args) > 1 else kwargs.get("pad_width")
    if len(args) > 3 or not isinstance(array, NdArray) or given is None:
        return UNKNOWN
    widths = _widths(given)
    pairs = _per_axis(widths, array.probe.dim()) if widths is not None else None
    if pairs is None:
        return UNKNOWN
    try:
        shape = [size + before + after for size, (before, after) in zip(array.probe.shape, pairs, strict=True)]
        return NdArray(interp.calls.empty(shape, array.probe.dtype))
    except SymbolsDeferred:
        return UNKNOWN


MEMBERS: dict[str, Value] = {"pad": Builtin("pad", _pad)}
