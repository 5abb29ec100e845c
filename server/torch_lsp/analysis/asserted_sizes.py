"""`assert x.size(d) == n` or `assert x.shape[d] == n` (either way round, alone or in an `and`): past the assert, the
tensor `x` has the known int `n` as its size `d` where that size was unknown: a size symbol alone is `n` throughout
`x`; a contiguous `x` whose size there is an expression (`2 + s1 + s2`, a padded concatenation) is laid out anew with
`n` there. Other tensors that share the symbols are left as they were. An `if` learns the same in the branch where
its test proves the equality: the body of `if x.shape[d] == n:`, and past `if x.shape[d] != n: continue` (the `else`
side of a `!=`, or of a `not` of an `==`)."""

from __future__ import annotations

import ast
from dataclasses import replace

from .equated_sizes import equated
from .op_cache import COMPUTED, LEAF, NO_GRAD, contiguous_probe
from .overlays.numpy_model import NdArray
from .symbols import Symbols, expression
from .values import Const, TensorValue, Value

Target = ast.Name | ast.Attribute
Triple = tuple[Target, ast.expr, ast.expr]


def asserted_sizes(test: ast.expr) -> list[Triple]:
    """The (tensor, dim, size) triples `x.size(dim) == size` or `x.shape[dim] == size` states in `test`."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return [triple for value in test.values for triple in asserted_sizes(value)]
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return []
    for measured, size in ((test.left, test.comparators[0]), (test.comparators[0], test.left)):
        read = _size_read(measured)
        if read is not None:
            return [(*read, size)]
    return []


def size_tests(test: ast.expr) -> tuple[list[Triple], list[Triple]]:
    """The (tensor, dim, size) triples an `if` test proves where it holds, and those it proves where it fails."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        holds, fails = size_tests(test.operand)
        return fails, holds
    if isinstance(test, ast.BoolOp):
        sides = [size_tests(value) for value in test.values]
        if isinstance(test.op, ast.And):
            return [triple for holds, _ in sides for triple in holds], []
        return [], [triple for _, fails in sides for triple in fails]
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.NotEq):
        return [], asserted_sizes(ast.Compare(test.left, [ast.Eq()], test.comparators))
    return asserted_sizes(test), []


def _size_read(node: ast.expr) -> tuple[Target, ast.expr] | None:
    """(tensor, dim) of `x.size(dim)` or `x.shape[dim]`, where `x` is a name or an attribute."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "size"
        and len(node.args) == 1
        and not node.keywords
    ):
        owner, dim = node.func.value, node.args[0]
    elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "shape":
        owner, dim = node.value.value, node.slice
    else:
        return None
    return (owner, dim) if isinstance(owner, (ast.Name, ast.Attribute)) else None


def with_size(value: Value, dim: Value, size: Value, symbols: Symbols) -> TensorValue | NdArray | None:
    """The tensor (or numpy array) `value` with `size` as its size `dim`; None when that teaches nothing (a size
    known already, or one that is an expression over symbols)."""
    import sympy

    if not (isinstance(value, (TensorValue, NdArray)) and isinstance(dim, Const) and type(dim.value) is int):
        return None
    if not (isinstance(size, Const) and type(size.value) is int and size.value >= 0):
        return None
    rank = value.probe.dim()
    if not -rank <= dim.value < rank:
        return None
    held = value.probe.shape[dim.value]
    expr = expression(held)
    if expr is None:
        return None
    if expr.is_symbol:
        return replace(value, probe=equated(value.probe, {expr: sympy.Integer(size.value)}, symbols))
    return _laid_out(value, dim.value, size.value, symbols)


def _laid_out(value: TensorValue | NdArray, dim: int, size: int, symbols: Symbols) -> TensorValue | NdArray | None:
    """A contiguous tensor made anew with `size` as its size `dim`; None for one not surely contiguous. A numpy array
    is made anew whatever its layout: numpy's functions give the same shapes in every memory order."""
    from torch.fx.experimental.symbolic_shapes import GuardOnDataDependentSymNode

    probe = value.probe
    try:
        if isinstance(value, TensorValue) and not probe.is_contiguous():
            return None
    except GuardOnDataDependentSymNode:
        return None
    shape = list(probe.shape)
    shape[dim] = size
    grad = NO_GRAD if not probe.requires_grad else LEAF if probe.is_leaf else COMPUTED
    return replace(value, probe=contiguous_probe(shape, probe.dtype, grad, symbols))
