"""Loops that only keep books: a body that calls Python's builtins and the methods of strings, lists, dicts,
sets and argument parsers, and nothing else (no torch, no user function, no loop of its own), costs little per
item, so a loop over a known iterable runs it once per item much further than other loops (a vocabulary counted
from the words of a text, the options of a parser added from a dict of defaults)."""

from __future__ import annotations

import ast
from collections.abc import Callable

from .overlays.regex import FUNCTIONS as REGEX_FUNCTIONS

MAX_BOOKKEEPING_UNROLL = 1024  # the most items a bookkeeping loop is unrolled into

_BUILTINS = frozenset(
    (
        "len",
        "str",
        "int",
        "float",
        "bool",
        "abs",
        "min",
        "max",
        "ord",
        "chr",
        "isinstance",
        "round",
        "tuple",
        "list",
        "type",
        "getattr",
        "range",
        "set",
        "frozenset",
    )
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
        "add_argument",
    )
)


# nested loops would multiply the items run; definitions could be called later
_NOT_BOOKKEEPING = (
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Lambda,
    ast.ClassDef,
    ast.Await,
)


def bookkeeping_only(body: list[ast.stmt], keeps_books: Callable[[ast.Call], bool] = lambda call: False) -> bool:
    """Whether a loop body makes no call but to the builtins, the str, list, dict, set and parser methods above, the
    modelled functions of `re` and the calls `keeps_books` accepts, and holds no loop of its own (nor a
    comprehension) and no definition."""
    for node in (n for statement in body for n in ast.walk(statement)):
        if isinstance(node, _NOT_BOOKKEEPING):
            return False
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in _BUILTINS:
                continue
            if isinstance(func, ast.Attribute) and func.attr in _METHODS:
                continue
            if _is_regex_function(func) or keeps_books(node):
                continue
            return False
    return True


def bookkeeping_function(function: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> bool:
    """Whether a user function only keeps books: an undecorated def or lambda whose body calls nothing but what a
    bookkeeping loop may call (a predicate `s in table and s != "_"`), with defaults that run no call."""
    if isinstance(function, ast.AsyncFunctionDef) or any(isinstance(n, ast.Call) for n in ast.walk(function.args)):
        return False
    if isinstance(function, ast.Lambda):
        return bookkeeping_only([ast.Expr(function.body)])
    return not function.decorator_list and bookkeeping_only(function.body)


def _is_regex_function(func: ast.expr) -> bool:
    """Whether a callee is spelled `re.name` for a function of `re` the engine models (`re.sub`)."""
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "re"
        and func.attr in REGEX_FUNCTIONS
    )
