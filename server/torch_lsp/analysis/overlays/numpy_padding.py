"""`np.pad(array, pad_width, mode='constant', ...)`: an array of the input's rank and dtype, each axis longer by the
widths padded before and after it, in any mode. `pad_width` is one int for every side, a pair `(before, after)` for
every axis, or one pair per axis (a one-item sequence stands for every axis), as numpy broadcasts it.
A width may be a size or an int the engine does not know (`(0, length - len(audio))`): numpy raises at a negative or
a non-integral width, so its axis is longer by a size nothing is known of. An unknown width
beside a known one is a number (numpy raises at a ragged `pad_width`); where that cannot be told, every axis is of
unknown size."""

from __future__ import annotations

import ast
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..symbols import SymbolsDeferred
from ..values import REAL, UNKNOWN, Const, Scalar, Sequence, SymDim, Value
from .numpy_model import NdArray

_OPEN = object()  # a width that is an int nothing is known of
_SHAPELESS = object()  # a value that may be a number or a sequence of them


def _widths(value: Value) -> Any:
    """`value` as nested lists whose leaves are ints or sizes, `_OPEN` for an int of unknown value, `_SHAPELESS` for
    a value that may be anything; None where numpy raises (a negative int, a float, a string)."""
    if isinstance(value, Const) and type(value.value) is int:
        return value.value if value.value >= 0 else None
    if isinstance(value, SymDim):
        return value.value
    if isinstance(value, Scalar) and value.kind in (int, REAL):
        return _OPEN
    if isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items:
        items = [_widths(item) for item in value.items]
        return None if any(item is None for item in items) else items
    return _SHAPELESS if value is UNKNOWN else None


def _leaves(widths: Any, depth: int = 0) -> list[tuple[Any, int]]:
    """Each leaf of nested `widths` with its depth."""
    if isinstance(widths, list):
        return [leaf for item in widths for leaf in _leaves(item, depth + 1)]
    return [(widths, depth)]


def _numbers(widths: Any) -> Any:
    """`widths` with each shapeless leaf a number (`_OPEN`) where another leaf at the same depth is surely a number
    and every leaf lies at one depth: numpy makes one array of them and raises where it would be ragged. None where
    that cannot be told."""
    leaves = _leaves(widths)
    if len({depth for _, depth in leaves}) != 1 or all(leaf is _SHAPELESS for leaf, _ in leaves):
        return None
    if isinstance(widths, list):
        return [_numbers_at(item) for item in widths]
    return widths


def _numbers_at(widths: Any) -> Any:
    return (
        [_numbers_at(item) for item in widths]
        if isinstance(widths, list)
        else _OPEN
        if widths is _SHAPELESS
        else widths
    )


def _per_axis(widths: Any, rank: int) -> list[tuple[Any, Any]] | None:
    """The (before, after) widths of each of `rank` axes that numpy broadcasts `widths` to; None when it raises."""
    if not isinstance(widths, list):
        return [(widths, widths)] * rank
    if not any(isinstance(w, list) for w in widths):
        pairs = [widths * 2] if len(widths) == 1 else [widths] if len(widths) == 2 else None
    elif all(isinstance(w, list) and not any(isinstance(x, list) for x in w) for w in widths):
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
    if widths is None:
        return UNKNOWN
    numbers = _numbers(widths)
    pairs = _per_axis(numbers, array.probe.dim()) if numbers is not None else None
    if numbers is not None and pairs is None:
        return UNKNOWN
    try:
        if pairs is None:  # the widths' layout is not known: the rank is kept, every size grown by some width
            shape = [interp.symbols.unknown() for _ in array.probe.shape]
        else:
            shape = [
                interp.symbols.unknown() if _OPEN in (before, after) else size + before + after
                for size, (before, after) in zip(array.probe.shape, pairs, strict=True)
            ]
        return NdArray(interp.calls.empty(shape, array.probe.dtype))
    except SymbolsDeferred:
        return UNKNOWN


MEMBERS: dict[str, Value] = {"pad": Builtin("pad", _pad)}
