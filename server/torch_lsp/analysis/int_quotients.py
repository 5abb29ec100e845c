"""`int(a / b)` of a size `a` and a positive int `b`: Python divides into a float, then truncates toward 0; for
a size (never negative, and far below 2**52, where a float quotient of ints truncates to the floor quotient)
that is `a // b`, a size the engine keeps as an expression where the float would lose it."""

from __future__ import annotations

import ast
import operator

from .folding import fold
from .values import Const, SymDim, Value


def divided(node: ast.Call) -> ast.BinOp | None:
    """The true division `a / b` that is the one argument of the call `node`, or None."""
    if len(node.args) != 1 or node.keywords:
        return None
    argument = node.args[0]
    return argument if isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Div) else None


def truncated(left: Value, right: Value) -> Value | None:
    """`int(left / right)` as `left // right` when `left` is a size known not to be negative and `right` a
    positive int; None otherwise."""
    if not (isinstance(right, Const) and type(right.value) is int and right.value > 0):
        return None
    if not isinstance(left, SymDim) or type(left.value).__name__ != "SymInt":
        return None
    from torch.fx.experimental.symbolic_shapes import statically_known_true

    if not statically_known_true(left.value >= 0):
        return None
    return fold(operator.floordiv, left.value, right.value)
