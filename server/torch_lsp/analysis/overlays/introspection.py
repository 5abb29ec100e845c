"""`inspect`'s readers of a function (`signature`, `getfullargspec`, `getsource`, `isfunction`, ...) run none of the
code they are handed: what they give holds at most the values a function's signature names (its parameters'
defaults and annotations), which the code may then call anywhere. Those are lost, not the function's own code;
any other value handed to them (a class, an object) is lost whole."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Function, Value

_READERS = (
    "signature",
    "getfullargspec",
    "getsource",
    "getsourcelines",
    "getsourcefile",
    "getfile",
    "getdoc",
    "getmodule",
    "getcomments",
    "isfunction",
    "ismethod",
    "isclass",
    "isroutine",
    "isbuiltin",
    "ismodule",
    "iscoroutinefunction",
    "isgeneratorfunction",
    "isasyncgenfunction",
)


def _read(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    for value in [*args, *kwargs.values()]:
        interp.lose(*(_named_in_signature(value) if isinstance(value, Function) else [value]))
    return UNKNOWN


def _named_in_signature(function: Function) -> list[Value]:
    """The values the names read in a function's defaults and annotations have where it was defined."""
    parameters = function.node.args
    every = [*parameters.posonlyargs, *parameters.args, *parameters.kwonlyargs, parameters.vararg, parameters.kwarg]
    parts = [*parameters.defaults, *(d for d in parameters.kw_defaults if d is not None)]
    parts += [each.annotation for each in every if each is not None and each.annotation is not None]
    returns = getattr(function.node, "returns", None)
    names = {n.id for part in [*parts, returns] if part is not None for n in ast.walk(part) if isinstance(n, ast.Name)}
    found = (function.scope.get(name) for name in sorted(names))
    return [value for value in found if value is not None]


MEMBERS: dict[str, Value] = {name: Builtin(name, _read, keeps_arguments=True) for name in _READERS}
