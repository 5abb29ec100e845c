"""`functools.partial(f, *args, **kwargs)`: calling it calls `f` with those arguments first; `functools.wraps(f)`
decorates a wrapper by copying f's name and docstring onto it, so it gives the wrapper back (and never calls f);
`functools.reduce` is in overlays/operators.py."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Sequence, Value
from . import operators


def _partial(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    if not args:
        return UNKNOWN
    function = args[0]
    bound: dict[str, Value] = {
        _ARGS: Sequence(tuple(args[1:]), "tuple"),
        _KWARGS: Sequence(tuple(kwargs.values()), "dict", fields=tuple(kwargs)),
    }

    def call(interp: InterpreterApi, more: list[Value], more_kwargs: dict[str, Value], node: ast.AST) -> Value:
        given, given_kwargs = bound[_ARGS], bound[_KWARGS]  # as they are now: changed in place since, they are new
        if not (isinstance(given, Sequence) and isinstance(given_kwargs, Sequence)):
            return UNKNOWN
        if given.items is None or given_kwargs.items is None:
            return UNKNOWN
        keywords = dict(zip(given_kwargs.fields, given_kwargs.items, strict=True))
        return interp.call(function, [*given.items, *more], {**keywords, **more_kwargs}, node)

    return Builtin("partial", call, wraps=function, bound=bound)


_ARGS, _KWARGS = "args", "keywords"


def _given_back(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`update_wrapper(wrapper, f)`, or the decorator `wraps(f)` made called on a wrapper: that wrapper."""
    return args[0] if args else UNKNOWN


def _wraps(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    return Builtin("wraps", _given_back, keeps_arguments=True)


MEMBERS: dict[str, Value] = {
    "partial": Builtin("partial", _partial, keeps_arguments=True),
    "wraps": Builtin("wraps", _wraps, keeps_arguments=True),
    "update_wrapper": Builtin("update_wrapper", _given_back, keeps_arguments=True),
    "reduce": Builtin("reduce", operators.reduce),
}
