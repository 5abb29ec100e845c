"""`functools.partial(f, *args, **kwargs)`: calling it calls `f` with those arguments first."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Value


def _partial(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    if not args:
        return UNKNOWN
    function, bound, bound_kwargs = args[0], args[1:], kwargs

    def call(interp: InterpreterApi, more: list[Value], more_kwargs: dict[str, Value], node: ast.AST) -> Value:
        return interp.call(function, [*bound, *more], {**bound_kwargs, **more_kwargs}, node)

    return Builtin("partial", call, wraps=function)


MEMBERS: dict[str, Value] = {"partial": Builtin("partial", _partial, keeps_arguments=True)}
