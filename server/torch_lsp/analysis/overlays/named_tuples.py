"""`collections.namedtuple('Transition', ['state', 'action'])`: a class whose instances are tuples with named fields,
as a `typing.NamedTuple` class's are. The field names come as a list or tuple of strings, or as one string split on
commas and spaces; `defaults=` fills the rightmost fields; `Transition._make(iterable)` builds one from the
iterable's items and `Transition._fields` names them; `t._replace(field=value)` copies one with fields changed."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Modelled, Sequence, Value


@dataclass(frozen=True, eq=False)
class NamedTupleClass(Modelled):
    """The class `namedtuple(name, fields)` made; `defaults` the values of its last fields."""

    name: str
    fields: tuple[str, ...]
    defaults: tuple[Value, ...] = ()

    def call(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """An instance: a tuple of the values given for each field (Python raises unless each gets one)."""
        if len(args) > len(self.fields) or any(k not in self.fields[len(args) :] for k in kwargs):
            return UNKNOWN
        defaults = dict(zip(self.fields[len(self.fields) - len(self.defaults) :], self.defaults, strict=True))
        values = [*args, *(kwargs.get(name, defaults.get(name)) for name in self.fields[len(args) :])]
        if any(value is None for value in values):
            return UNKNOWN
        return Sequence(tuple(v for v in values if v is not None), "tuple", fields=self.fields)

    def member(self, name: str) -> Value:
        """`_fields` and `_make`; other class attributes are not modelled."""
        if name == "_fields":
            return Sequence(tuple(Const(field) for field in self.fields), "tuple")
        if name == "_make":
            return Builtin("_make", self._make)
        return UNKNOWN

    def _make(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        given = args[0] if len(args) == 1 and not kwargs else None
        items = interp.iteration_items(given) if given is not None else None
        return self.call(interp, items, {}) if items is not None else UNKNOWN


def replaced(instance: Sequence, args: list[Value], kwargs: dict[str, Value]) -> Value:
    """`point._replace(x=1)`: a copy of the named tuple with those fields changed (Python raises on any other)."""
    if args or instance.items is None or any(name not in instance.fields for name in kwargs):
        return UNKNOWN
    items = tuple(kwargs.get(name, item) for name, item in zip(instance.fields, instance.items, strict=True))
    return Sequence(items, "tuple", fields=instance.fields)


def _namedtuple(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`."""
    given = dict(zip(("typename", "field_names"), args, strict=False)) | kwargs
    typename, names, defaults = given.get("typename"), given.get("field_names"), given.get("defaults", Const(None))
    if not (isinstance(typename, Const) and isinstance(typename.value, str)) or names is None:
        return UNKNOWN
    fields = _field_names(names)
    if fields is None or (not isinstance(defaults, Const) and not isinstance(defaults, Sequence)):
        return UNKNOWN
    values = () if isinstance(defaults, Const) and defaults.value is None else getattr(defaults, "items", None)
    if values is None or len(values) > len(fields):
        return UNKNOWN
    return NamedTupleClass(typename.value, fields, tuple(values))


def _field_names(names: Value) -> tuple[str, ...] | None:
    """The field names given as one string (`'state action'`, `'x, y'`) or as strings in a list or tuple."""
    if isinstance(names, Const) and isinstance(names.value, str):
        split = tuple(names.value.replace(",", " ").split())
        return split if all(n.isidentifier() for n in split) else None
    items = names.items if isinstance(names, Sequence) and names.items is not None else ()
    strings = tuple(n.value for n in items if isinstance(n, Const) and isinstance(n.value, str))
    return strings if items and len(strings) == len(items) and all(n.isidentifier() for n in strings) else None


MEMBERS: dict[str, Value] = {"namedtuple": Builtin("namedtuple", _namedtuple)}
