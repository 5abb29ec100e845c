"""A method read off a builtin type (`list.append`, `dict.__setitem__`, `object.__setattr__`) or one of `operator`'s
in-place functions (`operator.setitem(d, key, value)`, `operator.iadd(xs, more)`): calling it calls that method of
its first argument, which it changes in place as the bound method would (`list.append(xs, x)` is `xs.append(x)`)."""

from __future__ import annotations

from dataclasses import dataclass

from .callables import Builtin
from .values import Instance, Modelled, Value

# the builtin types whose methods take their instance first; their class methods (`dict.fromkeys`) do not
_TYPES = frozenset({"list", "dict", "set", "frozenset", "tuple", "str", "bytearray"})
_CLASS_METHODS = frozenset({"fromkeys", "maketrans"})
_OBJECT_METHODS = frozenset({"__setattr__", "__delattr__"})
OPERATOR_METHODS: dict[str, str] = {
    "setitem": "__setitem__",
    "delitem": "__delitem__",
    "iadd": "__iadd__",
    "iconcat": "__iadd__",
    "imul": "__imul__",
    "ior": "__ior__",
}


@dataclass(frozen=True, eq=False)
class UnboundMethod(Modelled):
    """The method `name` of whatever the call's first argument is."""

    name: str


def unbound_method(owner: Value, name: str) -> UnboundMethod | None:
    """`owner.name` when `owner` is a builtin type (or `object`) and `name` one of its instance methods."""
    if isinstance(owner, Builtin) and owner.name in _TYPES and name not in _CLASS_METHODS:
        return UnboundMethod(name)
    if isinstance(owner, Instance) and owner.qualname == "builtins.object" and name in _OBJECT_METHODS:
        return UnboundMethod(name)
    return None
