"""Samplers that never run out: iterating one runs a generator whose body cannot end (`while True:` with no
`break` out of it, and no `return`), as an infinite sampler wrapper does. A DataLoader drawing its indices from one
fills every batch: only a sampler that ends leaves a short last batch."""

from __future__ import annotations

import ast

from .attribute_stores import own_nodes
from .generators import is_generator
from .inheritance import defining_class
from .loop_runs import breaks_out
from .values import Function, UserObject, Value


def is_endless(sampler: Value) -> bool:
    """Whether a user sampler's `__iter__` is a generator that never ends, or returns one made by a generator
    function of that kind (`return iter(forever(n))`, `return forever(n)`)."""
    if not isinstance(sampler, UserObject):
        return False
    owner = defining_class(sampler.cls, "__iter__")
    if owner is None:
        return False
    method = owner.methods["__iter__"]
    if is_generator(method):
        return _never_ends(method)
    made = _returned_call(method)
    if made is None or not isinstance(made.func, ast.Name):
        return False
    function = owner.scope.get(made.func.id)
    return isinstance(function, Function) and is_generator(function.node) and _never_ends(function.node)


def _returned_call(method: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.Call | None:
    """The call a method's body only returns (`return iter(f(n))` gives `f(n)`); None for other bodies."""
    if len(method.body) != 1 or not isinstance(method.body[0], ast.Return):
        return None
    value = method.body[0].value
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "iter":
        value = value.args[0] if len(value.args) == 1 and not value.keywords else None
    return value if isinstance(value, ast.Call) else None


def _never_ends(function: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> bool:
    """Whether a function's body cannot run to its end: no `return` in it, and a top-level `while True:` that no
    `break` leaves (every statement before the loop either raises or reaches it)."""
    if isinstance(function, ast.Lambda) or any(isinstance(node, ast.Return) for node in own_nodes(function)):
        return False
    return any(
        isinstance(statement, ast.While)
        and isinstance(statement.test, ast.Constant)
        and bool(statement.test.value)
        and not breaks_out(statement.body)
        for statement in function.body
    )
