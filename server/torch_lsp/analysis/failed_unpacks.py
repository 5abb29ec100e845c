"""Unpacking that surely raises: `a, b = None` (TypeError) and `a, b = xs` where `xs` is a list or tuple whose
items are known and number other than the targets (ValueError). Past such an assignment the block does not go on."""

from __future__ import annotations

import ast

from .values import Const, Sequence, Value


def surely_fails(target: ast.expr, value: Value) -> bool:
    """Whether assigning `value` to `target` surely raises for want of the right number of items."""
    if not isinstance(target, (ast.Tuple, ast.List)):
        return False
    if isinstance(value, Const) and value.value is None:
        return True
    if not (isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items is not None):
        return False
    starred = any(isinstance(element, ast.Starred) for element in target.elts)
    needed = len(target.elts) - starred
    return len(value.items) < needed if starred else len(value.items) != needed
