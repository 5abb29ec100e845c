"""Tests that prove a list non-empty in the branch they guard: where `len(xs) >= k` (k ≥ 1), `len(xs) > k`
(k ≥ 0), `k <= len(xs)`, `k < len(xs)` or `xs` itself holds (alone or in an `and`, or as a `not` of a test
that fails there), the list `xs` has an item. A replay buffer checked with `if len(memory) >= batch_size:
update()` gives `update` a list of a named length, so `torch.tensor([t.state for t in memory])` keeps its rank
rather than possibly being `[0]`. Only the guarded branch learns it: after the `if`, the list may be empty."""

from __future__ import annotations

import ast
from collections.abc import Callable

from .source import builtin_call_args

Target = ast.Name | ast.Attribute
Bound = Callable[[ast.expr], int | None]  # the value of a bound, when it is a known int


def non_empty_lists(test: ast.expr, bound: Bound) -> tuple[list[Target], list[Target]]:
    """The names and attributes `test` proves non-empty lists where it holds, and those it does where it fails."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return [target for value in test.values for target in non_empty_lists(value, bound)[0]], []
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return [], [target for value in test.values for target in non_empty_lists(value, bound)[1]]
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        when_true, when_false = non_empty_lists(test.operand, bound)
        return when_false, when_true
    if isinstance(test, (ast.Name, ast.Attribute)):
        return [test], []
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        return _compared(test.left, test.ops[0], test.comparators[0], bound)
    return [], []


def _compared(left: ast.expr, op: ast.cmpop, right: ast.expr, bound: Bound) -> tuple[list[Target], list[Target]]:
    """`len(xs) OP k` or `k OP len(xs)`, turned into `len(xs) OP k`."""
    mirrored = {ast.Lt: ast.Gt, ast.LtE: ast.GtE, ast.Gt: ast.Lt, ast.GtE: ast.LtE}
    if _measured(left) is None and _measured(right) is not None and type(op) in mirrored:
        left, right, op = right, left, mirrored[type(op)]()
    target = _measured(left)
    k = bound(right) if target is not None else None
    if target is None or k is None:
        return [], []
    holds = (isinstance(op, ast.GtE) and k >= 1) or (isinstance(op, ast.Gt) and k >= 0)
    fails = (isinstance(op, ast.Lt) and k >= 1) or (isinstance(op, ast.LtE) and k >= 0)
    return ([target] if holds else []), ([target] if fails else [])


def _measured(node: ast.expr) -> Target | None:
    """`xs` for `len(xs)` of a name or an attribute; None otherwise."""
    args = builtin_call_args(node, "len", 1)
    return args[0] if args and isinstance(args[0], (ast.Name, ast.Attribute)) else None
