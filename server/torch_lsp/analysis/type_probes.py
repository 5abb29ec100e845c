"""`iter(x)` or `len(x)` written alone as a statement probes whether x is a collection (`try: iter(tol)` /
`except TypeError: tol = (tol,) * n`): of a number or None it surely raises TypeError, so a `try` body ends there
and the handler that catches TypeError runs."""

from __future__ import annotations

import ast
from collections.abc import Callable

from .values import Const, Scalar, SymDim, Value

_PROBES = ("iter", "len")
_NOT_COLLECTIONS = (int, float, complex, bool, type(None))


def probed_value(statement: ast.stmt, rebound: Callable[[str], bool]) -> ast.Name | ast.Constant | None:
    """The variable or constant a statement `iter(x)` / `len(x)` probes (the builtin not rebound), else None."""
    if not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)):
        return None
    call = statement.value
    if not (isinstance(call.func, ast.Name) and call.func.id in _PROBES and not rebound(call.func.id)):
        return None
    if call.keywords or len(call.args) != 1 or not isinstance(call.args[0], (ast.Name, ast.Constant)):
        return None
    return call.args[0]


def is_no_collection(value: Value) -> bool:
    """Whether a value is a number or None, which `iter` and `len` refuse with TypeError."""
    if isinstance(value, Const):
        return type(value.value) in _NOT_COLLECTIONS
    return isinstance(value, (Scalar, SymDim))
