"""`np.unique(a)`: the sorted distinct items of `a` (an array or the data `np.array` takes), flattened: a
one-dimensional array of its dtype whose length only the data decides (a size nothing is known of). With
`return_index`, `return_inverse` or `return_counts` it is a tuple: the distinct items, then in that order the index
of each one's first occurrence and its count (intp arrays of as many items) and the inverse (an intp array of as
many items as `a`; of `a`'s shape in numpy 2, flattened in numpy 1, so known only for a one-dimensional `a`).
With an `axis` it stays unknown."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..symbols import SymbolsDeferred
from ..values import UNKNOWN, Const, Sequence, Value
from .numpy_model import NdArray, from_data

_PLAIN = {"return_index": False, "return_inverse": False, "return_counts": False, "axis": None}
_EXTRAS = ("return_index", "return_inverse", "return_counts")


def _unique(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.unique(a)` of an array or array data, with any of its extra results and no axis."""
    array = from_data(interp, args[0]) if len(args) == 1 else UNKNOWN
    if not isinstance(array, NdArray):
        return UNKNOWN
    if any(name not in (*_PLAIN, "equal_nan") or not isinstance(value, Const) for name, value in kwargs.items()):
        return UNKNOWN
    flags = _PLAIN | {name: value.value for name, value in kwargs.items() if isinstance(value, Const)}
    if flags["axis"] is not None or any(type(flags[name]) is not bool for name in _EXTRAS):
        return UNKNOWN
    if flags["return_inverse"] and array.probe.dim() != 1:
        return UNKNOWN
    intp = interp.torch.int64
    try:
        count = interp.symbols.named_unknown(None)
        unique = NdArray(interp.calls.empty([count], array.probe.dtype))
        extras = {
            "return_index": lambda: NdArray(interp.calls.empty([count], intp)),
            "return_inverse": lambda: NdArray(interp.calls.empty(list(array.probe.shape), intp)),
            "return_counts": lambda: NdArray(interp.calls.empty([count], intp)),
        }
        given = [make() for name, make in extras.items() if flags[name]]
    except SymbolsDeferred:
        return UNKNOWN
    return Sequence((unique, *given), "tuple") if given else unique


MEMBERS: dict[str, Value] = {"unique": Builtin("unique", _unique)}
