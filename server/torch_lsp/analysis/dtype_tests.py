"""Comparisons of torch dtypes (`x.dtype == torch.float16`, `t.dtype in (torch.int32, torch.int64)`, `x.dtype is
torch.bool`): each dtype is one object, so equality and identity agree, and they are decided where both sides are
dtypes the engine knows."""

from __future__ import annotations

import ast
from typing import Any

from .values import Const, Sequence, TorchRef, Value


def _dtype(value: Value) -> Any:
    """The torch dtype `value` surely is; None otherwise."""
    import torch

    held = value.value if isinstance(value, Const) else value.obj if isinstance(value, TorchRef) else None
    return held if isinstance(held, torch.dtype) else None


def dtype_comparison(op: ast.cmpop, left: Value, right: Value) -> Const | None:
    """`left <op> right` where it compares known dtypes (in a list, tuple or set of them for `in`); None otherwise."""
    first = _dtype(left)
    if first is None:
        return None
    if isinstance(op, (ast.Eq, ast.NotEq, ast.Is, ast.IsNot)):
        second = _dtype(right)
        return None if second is None else Const((first is second) == isinstance(op, (ast.Eq, ast.Is)))
    if isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, Sequence) and right.items is not None:
        if right.kind not in ("list", "tuple", "set") or right.fields:
            return None
        members = [_dtype(item) for item in right.items]
        if any(member is None for member in members):
            return None
        return Const(any(member is first for member in members) == isinstance(op, ast.In))
    return None
