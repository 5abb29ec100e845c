"""`Cls.__dict__` of a user class: the names its own body binds (its `def`s and class attributes, none it
inherits), as the class holds them when it is read. An item at a known name (or at one of a few, see choices) is
what reading that name through the class gives for a plain function, a static method (the staticmethod object calls
its function) and any other attribute; a class method or a property is an object the engine does not model, and a
name bound both by a `def` and by an assignment is one whose order is not followed: both are unknown, as is any
other name (Python's own entries, `__module__` and the like, aside) and every other use of the mapping."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .choices import OneOf
from .interp_api import InterpreterApi
from .joins import join_all
from .methods import WrappedMethod
from .values import UNKNOWN, Const, Modelled, UserClass, Value


@dataclass(frozen=True, eq=False)
class ClassDict(Modelled):
    """The entries of a class's own namespace the engine knows."""

    entries: dict[str, Value]

    def item(self, interp: InterpreterApi, index: Value) -> Value:
        """`Cls.__dict__[name]`."""
        if isinstance(index, OneOf):
            return join_all([self.item(interp, option) for option in index.options], interp.symbols)
        if isinstance(index, Const) and isinstance(index.value, str):
            return self.entries.get(index.value, UNKNOWN)
        return UNKNOWN


def class_dict(interp: InterpreterApi, cls: UserClass, node: ast.AST) -> Value:
    """`cls.__dict__`, for a class whose body the engine follows (no decorator or base that may change it)."""
    if cls.opaque:
        return UNKNOWN
    entries: dict[str, Value] = {}
    for name in dict.fromkeys([*cls.methods, *cls.attributes]):
        if name in cls.methods and name in cls.attributes:
            continue
        decorators = [ast.unparse(d) for d in cls.methods[name].decorator_list] if name in cls.methods else []
        if decorators not in ([], ["staticmethod"]):
            continue
        wrapped = cls.attributes.get(name)
        if isinstance(wrapped, WrappedMethod) and wrapped.kind != "staticmethod":
            continue
        entries[name] = interp.attribute(cls, name, node)
    return ClassDict(entries)
