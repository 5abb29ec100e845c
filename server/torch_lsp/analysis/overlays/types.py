"""`types.SimpleNamespace(**fields)`: an object whose attributes are its keyword arguments."""

from __future__ import annotations

import ast
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Sequence

NAMESPACE = "namespace"


def namespace(fields: dict[str, Any]) -> Sequence:
    """An object with these attributes (a SimpleNamespace, argparse's Namespace)."""
    return Sequence(tuple(fields.values()), NAMESPACE, fields=tuple(fields))


def _simple_namespace(interp: InterpreterApi, args: list[Any], kwargs: dict[str, Any], node: ast.AST) -> Any:
    if args:
        return UNKNOWN
    return namespace(kwargs)


MEMBERS: dict[str, Any] = {"SimpleNamespace": Builtin("SimpleNamespace", _simple_namespace)}
