"""`global` and `nonlocal` names: a function that declares one binds the variable of the module or of the enclosing
function (`count += 1` in a closure changes the counter every call shares), not a variable of its own."""

from __future__ import annotations

import ast
from functools import lru_cache

_OWN_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


@lru_cache(maxsize=1024)
def declared_names(definition: ast.AST) -> tuple[tuple[str, bool], ...]:
    """Each name a function's own body declares `global` (True) or `nonlocal` (False); the functions and classes
    it defines declare theirs for themselves (found once per function: every call asks)."""
    found: list[tuple[str, bool]] = []
    pending = list(ast.iter_child_nodes(definition))
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            found.extend((name, isinstance(node, ast.Global)) for name in node.names)
        elif not isinstance(node, _OWN_SCOPES):
            pending.extend(ast.iter_child_nodes(node))
    return tuple(found)
