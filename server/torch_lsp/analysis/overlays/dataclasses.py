"""`@dataclass` and `typing.NamedTuple` classes: the `__init__` Python generates from the annotated fields
of the class body (bases' fields first), with their defaults and `field(default_factory=...)`."""

from __future__ import annotations

import ast
import dataclasses

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Modelled, UserClass, Value

DATACLASS = "dataclass"
NAMED_TUPLE = "namedtuple"


@dataclasses.dataclass(frozen=True)
class FieldSpec(Modelled):
    """What `field(...)` declares: a default value or a factory called for each instance."""

    default: Value | None = None
    factory: Value | None = None
    init: bool = True


def _dataclass(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    if not args:  # `@dataclass(frozen=True)`: the decorator itself
        return MEMBERS["dataclass"]
    cls = args[0]
    if not isinstance(cls, UserClass) or len(args) > 1:
        return UNKNOWN
    init = kwargs.get("init", Const(True))
    return dataclasses.replace(cls, record=DATACLASS if isinstance(init, Const) and init.value else None)


def _field(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    init = kwargs.get("init", Const(True))
    return FieldSpec(
        kwargs.get("default"), kwargs.get("default_factory"), not (isinstance(init, Const) and not init.value)
    )


def field_names(cls: UserClass) -> list[str]:
    """The fields of a dataclass or NamedTuple class, in `__init__` order (bases' first)."""
    names: list[str] = []
    for base in cls.bases:
        if isinstance(base, UserClass) and base.record is not None:
            names += [name for name in field_names(base) if name not in names]
    for statement in cls.node.body:
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and "ClassVar" not in ast.unparse(statement.annotation)
            and statement.target.id not in names
        ):
            names.append(statement.target.id)
    return names


def class_default(cls: UserClass, name: str) -> Value | None:
    """The class-level value of `name` (a field's declaration included), looked up through the bases."""
    if name in cls.attributes:
        return cls.attributes[name]
    for base in cls.bases:
        if isinstance(base, UserClass):
            found = class_default(base, name)
            if found is not None:
                return found
    return None


def _parameters(cls: UserClass) -> list[str]:
    """The parameters of the generated `__init__`: the fields not declared with `init=False`."""
    names = field_names(cls)
    return [n for n in names if not (isinstance(d := class_default(cls, n), FieldSpec) and not d.init)]


def opened(cls: UserClass, given: int, kwargs: dict[str, Value]) -> dict[str, Value]:
    """The keywords of a generated `__init__` called with an unknown `*rows` or `**mapping` after `given`
    positional arguments: UNKNOWN for each parameter those may fill."""
    return {**kwargs, **{name: UNKNOWN for name in _parameters(cls)[given:] if name not in kwargs}}


def initial_values(
    interp: InterpreterApi, cls: UserClass, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> dict[str, Value] | None:
    """The fields' values after the generated `__init__(*args, **kwargs)`; None when the call does not fit."""
    names = field_names(cls)
    declared = {name: class_default(cls, name) for name in names}
    parameters = _parameters(cls)
    if len(args) > len(parameters) or any(k not in parameters for k in kwargs):
        return None
    values: dict[str, Value] = {}
    for name in names:
        default = declared[name]
        position = parameters.index(name) if name in parameters else len(args)
        if position < len(args):
            values[name] = args[position]
        elif name in kwargs:
            values[name] = kwargs[name]
        elif isinstance(default, FieldSpec):
            if default.factory is not None:
                values[name] = interp.call(default.factory, [], {}, node)
            elif default.default is not None:
                values[name] = default.default
            else:
                values[name] = UNKNOWN
        else:
            values[name] = default if default is not None else UNKNOWN
    return values


def read(value: Value) -> Value:
    """A class attribute read as a value: a field declaration stands for its default."""
    if isinstance(value, FieldSpec):
        return value.default if value.default is not None and value.factory is None else UNKNOWN
    return value


MEMBERS: dict[str, Value] = {"dataclass": Builtin("dataclass", _dataclass), "field": Builtin("field", _field)}
