"""`np.searchsorted(a, v)` and `np.digitize(x, bins)`: where each value falls in a sorted one-dimensional array, as
intp (int64) indices of the values' shape; for one number, one numpy integer (a 0-d array, as numpy scalars are
here). Whatever the data, the result has that shape."""

from __future__ import annotations

import ast
from collections.abc import Callable

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Scalar, Value
from .numpy_model import NdArray, empty_array

_NUMBER_KINDS = (bool, int, float)


def _positions(parameters: tuple[str, str], sorted_name: str, options: frozenset[str]) -> Callable[..., Value]:
    """The function of two `parameters` (in their order; `sorted_name` the sorted array's) and `options`."""
    values_name = next(name for name in parameters if name != sorted_name)

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if len(args) > 2 or set(kwargs) - {*parameters, *options}:
            return UNKNOWN
        named = dict(zip(parameters, args, strict=False)) | kwargs
        sorted_items, values = named.get(sorted_name), named.get(values_name)
        if not isinstance(sorted_items, NdArray) or sorted_items.probe.dim() != 1:
            return UNKNOWN
        if isinstance(values, NdArray):
            sizes = list(values.probe.shape)
        elif (isinstance(values, Const) and type(values.value) in _NUMBER_KINDS) or (
            isinstance(values, Scalar) and values.kind in _NUMBER_KINDS
        ):
            sizes = []
        else:
            return UNKNOWN
        return empty_array(interp, sizes, interp.torch.int64)

    return apply


MEMBERS: dict[str, Value] = {
    "searchsorted": Builtin("searchsorted", _positions(("a", "v"), "a", frozenset({"side", "sorter"}))),
    "digitize": Builtin("digitize", _positions(("x", "bins"), "bins", frozenset({"right"}))),
}
