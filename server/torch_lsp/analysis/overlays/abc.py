"""`abc`: `ABC` as a base class adds nothing an instance's attributes or methods depend on (its metaclass only
refuses to build a class with abstract methods), and `@abstractmethod` leaves the function as it is."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Instance, Value

ABC = Instance("abc.ABC")


def _abstract_method(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    return args[0] if len(args) == 1 and not kwargs else UNKNOWN


MEMBERS: dict[str, Value] = {
    "ABC": ABC,
    "ABCMeta": Instance("abc.ABCMeta"),
    "abstractmethod": Builtin("abstractmethod", _abstract_method),
}
