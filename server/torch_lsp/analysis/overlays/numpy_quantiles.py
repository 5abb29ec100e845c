"""`np.quantile(a, q, axis, keepdims=k)`, `np.percentile` and their nan-ignoring kin, and `np.median` /
`np.nanmedian`: `a` reduced over `axis` as a mean is (ints give float64, a float keeps its dtype), with one
leading axis per item of a list `q`, which makes the result float64; a number `q` adds none. Only the default
`method="linear"`, whose result dtype does not follow the input's for ints; bool arrays numpy refuses."""

from __future__ import annotations

import ast
from collections.abc import Sequence as Items

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Sequence, Value
from .mixed_arrays import per_dtype
from .numpy_model import NdArray, bound_arguments, empty_array, reduced

_QUANTILE = ("a", "q", "axis", "out", "overwrite_input", "method", "keepdims")
_MEDIAN = ("a", "axis", "out", "overwrite_input", "keepdims")


def _numbers(value: Value) -> Items[Value] | None:
    """The items of a list or tuple of known numbers; None for anything else."""
    if not (isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items is not None):
        return None
    numbers = all(isinstance(item, Const) and type(item.value) in (int, float) for item in value.items)
    return value.items if numbers else None


def _summary(quantiles: bool) -> Builtin:
    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        bound = bound_arguments(_QUANTILE if quantiles else _MEDIAN, args, kwargs)
        array = bound.get("a") if bound is not None else None
        if bound is None or not isinstance(array, NdArray) or "out" in bound:
            return UNKNOWN
        method, q = bound.get("method", Const("linear")), bound.get("q", Const(0.5))
        if not (isinstance(method, Const) and method.value == "linear") or array.probe.dtype == interp.torch.bool:
            return UNKNOWN
        result = reduced(interp, "mean", array, bound.get("axis", Const(None)), bound.get("keepdims", Const(False)))
        if isinstance(q, Const) and type(q.value) in (int, float):
            return result
        items = _numbers(q)
        if items is None or not isinstance(result, NdArray):
            return UNKNOWN
        return empty_array(interp, [len(items), *result.probe.shape], interp.torch.float64)

    return Builtin("quantile" if quantiles else "median", apply)


MEMBERS: dict[str, Value] = {
    **{name: per_dtype(_summary(True)) for name in ("quantile", "percentile", "nanquantile", "nanpercentile")},
    **{name: per_dtype(_summary(False)) for name in ("median", "nanmedian")},
}
