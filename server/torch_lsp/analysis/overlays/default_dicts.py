"""`collections.defaultdict(factory)`: a dict of unknown entries, none yet (see dict_keys), each entry what
`factory()` gives until the program changes it (reading a missing key stores a new `factory()`); without a factory
(or with None), an empty dict."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Sequence, Value


def _defaultdict(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    if kwargs or len(args) > 1:
        return UNKNOWN  # initial entries: not modelled
    if not args or (isinstance(args[0], Const) and args[0].value is None):
        return Sequence((), "dict")
    return Sequence(None, "dict", element=interp.call(args[0], [], {}, node), key=None)


MEMBERS: dict[str, Value] = {"defaultdict": Builtin("defaultdict", _defaultdict)}
