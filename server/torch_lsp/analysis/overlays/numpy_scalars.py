"""`np.isscalar(x)`: True for a Python number, bool, str or bytes (and a numpy scalar), False for None, a list, a
tuple, a dict, a tensor or an array of one dimension or more. A 0-d array stands for a numpy scalar too (`a.sum()`),
which is one, while a true 0-d array is not: for it, and for values the engine knows nothing of, an unknown bool."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import Const, Scalar, Sequence, SymDim, TensorValue, Value
from .numpy_model import NdArray

_SCALAR_TYPES = (int, float, complex, bool, str, bytes)


def _is_scalar(value: Value) -> bool | None:
    if isinstance(value, Const):
        return type(value.value) in _SCALAR_TYPES or (False if value.value is None else None)
    if isinstance(value, (Scalar, SymDim)):  # a Python number whose value is unknown
        return True
    if isinstance(value, (Sequence, TensorValue)) or (isinstance(value, NdArray) and value.probe.dim() > 0):
        return False
    return None


def _isscalar(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`np.isscalar(element)`."""
    given = args[0] if len(args) == 1 and not kwargs else kwargs.get("element") if not args else None
    known = _is_scalar(given) if given is not None else None
    return Scalar(bool) if known is None else Const(known)


MEMBERS: dict[str, Value] = {"isscalar": Builtin("isscalar", _isscalar)}
