"""Generator functions: calling one makes a generator, which yields what its `yield`s give, not what it returns."""

from __future__ import annotations

import ast

_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def is_generator(definition: ast.AST) -> bool:
    """Whether a function's own body (not a function or class nested in it) has a `yield` or `yield from`."""
    pending = list(ast.iter_child_nodes(definition))
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
        if not isinstance(node, _NESTED):
            pending.extend(ast.iter_child_nodes(node))
    return False
