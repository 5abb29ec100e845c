"""Loops that only keep books: a body that calls Python's builtins and the methods of strings, lists, dicts and
sets, and nothing else (no torch, no user function), costs little per item, so a loop over a known iterable
runs it once per item much further than other loops (a vocabulary counted from the words of a text)."""

from __future__ import annotations

import ast

MAX_BOOKKEEPING_UNROLL = 1024  # the most items a bookkeeping loop is unrolled into

_BUILTINS = frozenset(
    ("len", "str", "int", "float", "bool", "abs", "min", "max", "ord", "chr", "isinstance", "round", "tuple", "list")
)
_METHODS = frozenset(
    (
        "append",
        "add",
        "get",
        "setdefault",
        "lower",
        "upper",
        "strip",
        "split",
        "startswith",
        "endswith",
        "replace",
        "isalpha",
        "isdigit",
    )
)


def bookkeeping_only(body: list[ast.stmt]) -> bool:
    """Whether a loop body makes no call but to the builtins and the str, list, dict and set methods above, and
    defines nothing that could be called later."""
    for node in (n for statement in body for n in ast.walk(statement)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.Await)):
            return False
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in _BUILTINS:
                continue
            if isinstance(func, ast.Attribute) and func.attr in _METHODS:
                continue
            return False
    return True
