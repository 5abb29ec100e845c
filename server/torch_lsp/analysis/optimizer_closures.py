"""`optimizer.step(closure)` of a torch optimizer: every `torch.optim.Optimizer` but LBFGS calls the closure exactly
once, with no arguments, and returns what it returned. LBFGS calls it at least once, and again any number of times;
a closure that changes nothing outside its own variables sees the same values on every call, so the one call the
engine interprets stands for all of them (and LBFGS returns what the first call returned)."""

from __future__ import annotations

import ast
from typing import Any

from .values import BoundMethod, Function, Instance, Value

# methods that change the list, dict or set they are called on
_CHANGING = frozenset({"append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "update", "add"})


def _optimizer(torch: Any, callee: Value) -> type | None:
    """The torch.optim optimizer class whose `step` method `callee` is; None for any other callee."""
    if not (isinstance(callee, BoundMethod) and callee.name == "step" and isinstance(callee.receiver, Instance)):
        return None
    module, _, name = callee.receiver.qualname.rpartition(".")
    cls = getattr(torch.optim, name, None) if module == "torch.optim" else None
    return cls if isinstance(cls, type) and issubclass(cls, torch.optim.Optimizer) else None


def step_closure(torch: Any, callee: Value, args: list[Value], kwargs: dict[str, Value]) -> Function | None:
    """The user function a torch optimizer's `step(closure)` calls, when one interpreted call stands for every call
    it makes; None for any other call."""
    cls = _optimizer(torch, callee)
    if cls is None or len(args) + len(kwargs) != 1 or set(kwargs) - {"closure"}:
        return None
    given = args[0] if args else kwargs["closure"]
    if not isinstance(given, Function) or (cls is torch.optim.LBFGS and not _keeps_to_itself(given.node)):
        return None
    return given


def _keeps_to_itself(function: ast.AST) -> bool:
    """Whether a function's own code changes nothing but its local variables: no `global` or `nonlocal`, and no
    item, attribute or changing method (`append`) on a name it did not bind itself."""
    local = {node.id for node in ast.walk(function) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}
    if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        local |= {a.arg for a in ast.walk(function.args) if isinstance(a, ast.arg)}
    for node in ast.walk(function):
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            return False
        if isinstance(node, (ast.Attribute, ast.Subscript)) and isinstance(node.ctx, (ast.Store, ast.Del)):
            stored_into = _root(node)
            if stored_into is None or stored_into not in local:
                return False
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _CHANGING
            and (_root(node.func.value) or "") not in local
        ):
            return False
    return True


def _root(node: ast.expr) -> str | None:
    """The variable an attribute or item chain starts from (`a` of `a.b[0].c`); None for any other expression."""
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None
