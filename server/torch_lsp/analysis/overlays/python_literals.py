"""`ast.literal_eval(text)` of a string the program spells out: the numbers, strings, tuples, lists and dicts it
writes (parsing a literal runs no user code); text that is no literal raises, as `literal_eval` does."""

from __future__ import annotations

import ast
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Sequence, Value

_SCALARS = (str, bytes, int, float, complex, bool, type(None))
LONGEST = 10_000  # characters of text parsed; longer text is left unknown


def python_value(parsed: Any) -> Value:
    """The abstract value of a parsed literal: tuples and lists with their items, dicts with string keys."""
    if isinstance(parsed, dict) and all(isinstance(key, str) for key in parsed):
        return Sequence(tuple(python_value(item) for item in parsed.values()), "dict", fields=tuple(parsed))
    if isinstance(parsed, (tuple, list)):
        return Sequence(tuple(python_value(item) for item in parsed), "tuple" if isinstance(parsed, tuple) else "list")
    return Const(parsed) if isinstance(parsed, _SCALARS) else UNKNOWN


def _literal_eval(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`ast.literal_eval(node_or_string)` of a known string: the value it writes; unknown where it raises."""
    if len(args) + len(kwargs) != 1:
        return UNKNOWN
    text = args[0] if args else kwargs.get("node_or_string", UNKNOWN)
    if not (isinstance(text, Const) and isinstance(text.value, str) and len(text.value) <= LONGEST):
        return UNKNOWN
    try:
        return python_value(ast.literal_eval(text.value))
    except Exception:  # noqa: BLE001 text that is no literal: ValueError, SyntaxError, TypeError, MemoryError...
        return UNKNOWN


MEMBERS: dict[str, Value] = {"literal_eval": Builtin("literal_eval", _literal_eval)}
