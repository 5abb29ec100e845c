"""`operator`'s functions of the arithmetic operators (`operator.mul(a, b)` is `a * b`, `operator.neg(a)` is `-a`),
its in-place ones (`operator.setitem(d, k, v)` is `d.__setitem__(k, v)`: see unbound_methods), and the folds that
take them: `functools.reduce(f, items, initial)` calls `f` item by item, `math.prod(items, start=1)` multiplies them,
over items known one by one."""

from __future__ import annotations

import ast
from collections.abc import Callable

from ..callables import Builtin, BuiltinFunction
from ..interp_api import InterpreterApi
from ..unbound_methods import OPERATOR_METHODS, UnboundMethod
from ..values import UNKNOWN, Const, Value

_BINARY: dict[str, type[ast.operator]] = {
    "add": ast.Add,
    "sub": ast.Sub,
    "mul": ast.Mult,
    "truediv": ast.Div,
    "floordiv": ast.FloorDiv,
    "mod": ast.Mod,
    "pow": ast.Pow,
    "matmul": ast.MatMult,
    "and_": ast.BitAnd,
    "or_": ast.BitOr,
    "xor": ast.BitXor,
    "lshift": ast.LShift,
    "rshift": ast.RShift,
}


def _binary(op: type[ast.operator]) -> BuiltinFunction:
    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        return interp.binary(op, args[0], args[1], node) if len(args) == 2 and not kwargs else UNKNOWN

    return apply


def _negative(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`operator.neg(a)`: `-a`, as `0 - a` is for a number and `-1 * a` for a tensor's shape."""
    return interp.binary(ast.Mult, Const(-1), args[0], node) if len(args) == 1 and not kwargs else UNKNOWN


def _fold(interp: InterpreterApi, step: Callable[[Value, Value], Value], items: Value, start: Value | None) -> Value:
    """`items` combined one by one from `start` (from the first item without one)."""
    known = interp.iteration_items(items)
    if known is None or (start is None and not known):
        return UNKNOWN
    result, rest = (start, known) if start is not None else (known[0], known[1:])
    for item in rest:
        result = step(result, item)
    return result


def reduce(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`functools.reduce(function, items, initial)`."""
    if kwargs or len(args) not in (2, 3):
        return UNKNOWN
    function = args[0]
    return _fold(
        interp, lambda a, b: interp.call(function, [a, b], {}, node), args[1], args[2] if len(args) == 3 else None
    )


def prod(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`math.prod(items, start=1)`."""
    if len(args) != 1 or set(kwargs) - {"start"}:
        return UNKNOWN
    return _fold(interp, lambda a, b: interp.binary(ast.Mult, a, b, node), args[0], kwargs.get("start", Const(1)))


MEMBERS: dict[str, Value] = {
    **{name: Builtin(name, _binary(op)) for name, op in _BINARY.items()},
    "neg": Builtin("neg", _negative),
    **{name: UnboundMethod(method) for name, method in OPERATOR_METHODS.items()},
}
