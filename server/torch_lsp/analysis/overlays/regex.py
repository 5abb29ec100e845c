"""`re.split(pattern, string)` of a pattern and a string the program spells out: the pieces Python's `re` gives
(matching constants runs no user code); other patterns, strings and functions of `re` are not modelled."""

from __future__ import annotations

import ast
import re

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Sequence, Value


def _split(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`re.split(pattern, string, maxsplit=0)`: the list of pieces, with the groups' matches (None where a group
    did not take part) between them."""
    given = dict(zip(("pattern", "string", "maxsplit"), args, strict=False)) | kwargs
    pattern, string, maxsplit = given.get("pattern"), given.get("string"), given.get("maxsplit", Const(0))
    if len(args) > 3 or set(given) - {"pattern", "string", "maxsplit"}:
        return UNKNOWN
    if not (isinstance(pattern, Const) and isinstance(string, Const) and isinstance(maxsplit, Const)):
        return UNKNOWN
    if type(pattern.value) is not str or type(string.value) is not str or type(maxsplit.value) is not int:
        return UNKNOWN
    try:
        pieces = re.split(pattern.value, string.value, maxsplit=maxsplit.value)
    except re.error:
        return UNKNOWN
    return Sequence(tuple(Const(piece) for piece in pieces), "list")


MEMBERS: dict[str, Value] = {"split": Builtin("split", _split)}
