"""`np.unique(a)`: the sorted distinct items of `a`, flattened: a one-dimensional array of its dtype whose length
only the data decides (a size nothing is known of). With `return_index`, `return_inverse` or `return_counts`
(a tuple), or with an `axis`, it stays unknown."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..symbols import SymbolsDeferred
from ..values import UNKNOWN, Const, Value
from .numpy_model import NdArray

_PLAIN = {"return_index": False, "return_inverse": False, "return_counts": False, "axis": None, "equal_nan": True}


def _unique(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.unique(a)` of an array, its options at their defaults."""
    if len(args) != 1 or not isinstance(args[0], NdArray):
        return UNKNOWN
    if any(
        not (name in _PLAIN and isinstance(value, Const) and value.value == _PLAIN[name])
        for name, value in kwargs.items()
    ):
        return UNKNOWN
    try:
        return NdArray(interp.calls.empty([interp.symbols.named_unknown(None)], args[0].probe.dtype))
    except SymbolsDeferred:
        return UNKNOWN


MEMBERS: dict[str, Value] = {"unique": Builtin("unique", _unique)}
