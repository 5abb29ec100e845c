"""`typing.NamedTuple` as a base class: its subclasses' instances are tuples with named fields (see
overlays.dataclasses for how the fields are read from the class body); `typing.cast(T, value)` is `value` (it
checks nothing at run time)."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Instance, Value

NAMED_TUPLE = Instance("typing.NamedTuple")


def _cast(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    given = [*args, *(kwargs[k] for k in ("typ", "val") if k in kwargs)]
    return given[1] if len(given) == 2 else UNKNOWN


MEMBERS: dict[str, Value] = {"NamedTuple": NAMED_TUPLE, "cast": Builtin("cast", _cast)}
