"""`types.SimpleNamespace(**fields)` (and `argparse.Namespace(**fields)`): an object whose attributes are its keyword
arguments; a function among them is kept there, not called (`SimpleNamespace(**globals())` hands no function to code
the engine does not follow)."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Sequence, Value

NAMESPACE = "namespace"


def namespace(fields: dict[str, Value]) -> Sequence:
    """An object with these attributes (a SimpleNamespace, argparse's Namespace)."""
    return Sequence(tuple(fields.values()), NAMESPACE, fields=tuple(fields))


def keyword_namespace(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """A namespace class called with keyword arguments only: an object with them as attributes."""
    if args:
        return UNKNOWN
    return namespace(kwargs)


MEMBERS: dict[str, Value] = {"SimpleNamespace": Builtin("SimpleNamespace", keyword_namespace, keeps_arguments=True)}
