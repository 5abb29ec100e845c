"""`json.loads(text)` of a string the program spells out: the dicts, lists and numbers it encodes (parsing a
constant runs no user code)."""

from __future__ import annotations

import ast
import json
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Sequence, Value


def _value(parsed: Any) -> Value:
    """The abstract value of a parsed JSON document: objects are dicts (their keys are strings), arrays lists."""
    if isinstance(parsed, dict):
        return Sequence(tuple(_value(item) for item in parsed.values()), "dict", fields=tuple(parsed))
    if isinstance(parsed, list):
        return Sequence(tuple(_value(item) for item in parsed), "list")
    return Const(parsed)


def _loads(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`json.loads(s)` of a known string: its document; anything else (hooks, unknown text) is unknown."""
    if len(args) != 1 or kwargs or not (isinstance(args[0], Const) and isinstance(args[0].value, (str, bytes))):
        return UNKNOWN
    try:
        return _value(json.loads(args[0].value))
    except ValueError:
        return UNKNOWN


MEMBERS: dict[str, Value] = {"loads": Builtin("loads", _loads)}
