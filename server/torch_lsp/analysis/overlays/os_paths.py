"""`os.path`, known by name: joining, splitting and naming paths spelled out in the program give the strings
Python gives (they read no file); what depends on the disk or the environment (`exists`, `listdir`,
`environ`, `getcwd`, `abspath`) is unknown, and making directories returns None."""

from __future__ import annotations

import ast
import os
from collections.abc import Callable
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Scalar, Sequence, Value
from .submodules import Submodule


def _pure(name: str, function: Callable[..., Any]) -> Builtin:
    """A function of path strings only: its value for known strings, else unknown."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if kwargs or not args or not all(isinstance(a, Const) and isinstance(a.value, str) for a in args):
            return UNKNOWN
        result = function(*(a.value for a in args if isinstance(a, Const)))
        if isinstance(result, tuple):
            return Sequence(tuple(Const(part) for part in result), "tuple")
        return Const(result)

    return Builtin(name, apply)


def _returns(name: str, value: Value) -> Builtin:
    return Builtin(name, lambda interp, args, kwargs, node: value)


_PATH: dict[str, Value] = {
    **{name: _pure(name, getattr(os.path, name)) for name in ("join", "basename", "dirname", "splitext", "split")},
    "normpath": _pure("normpath", os.path.normpath),
    **{name: _returns(name, Scalar(bool)) for name in ("exists", "isfile", "isdir")},
}

MEMBERS: dict[str, Value] = {
    "path": Submodule(_PATH),
    **{f"path.{name}": function for name, function in _PATH.items()},
    **{name: _returns(name, Const(None)) for name in ("makedirs", "mkdir")},
}
