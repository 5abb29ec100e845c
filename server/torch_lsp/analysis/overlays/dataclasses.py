"""`@dataclass` and `typing.NamedTuple` classes: the `__init__` Python generates from the annotated fields
of the class body (bases' fields first), with their defaults and `field(default_factory=...)`; `asdict` and
`astuple`, which turn a dataclass instance's fields into a new dict or tuple."""

from __future__ import annotations

import ast
import dataclasses

from ..callables import Builtin, Changer
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Modelled, Scalar, Sequence, SymDim, Unknown, UserClass, UserObject, Value

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


def generated_init(record: UserClass, obj: UserObject | None) -> Builtin:
    """The `__init__` Python generates for dataclass `record`, bound to `obj` (read through the instance or
    `super()`), else taking the instance first (read through the class): run again on an object, it sets the
    fields anew and calls `__post_init__`; called with an unknown `*rows` or `**mapping`, every field may change."""

    def run(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        target, given = (obj, args) if obj is not None else (args[0] if args else None, args[1:])
        values = initial_values(interp, record, given, kwargs, node) if isinstance(target, UserObject) else None
        if not isinstance(target, UserObject) or values is None:
            return UNKNOWN
        for name, value in values.items():
            interp.set_attribute(target, name, value, node)
        post_init = interp.attribute(target, "__post_init__", node)
        if post_init is not UNKNOWN:
            interp.call(post_init, [], {}, node)
        return Const(None)

    def forget(interp: InterpreterApi, node: ast.AST) -> None:
        run(interp, [], {name: UNKNOWN for name in _parameters(record)}, node)

    return Builtin("__init__", run) if obj is None else Changer("__init__", run, forget=forget)


def read(value: Value) -> Value:
    """A class attribute read as a value: a field declaration stands for its default."""
    if isinstance(value, FieldSpec):
        return value.default if value.default is not None and value.factory is None else UNKNOWN
    return value


def _declares_init_var(cls: UserClass) -> bool:
    """Whether `cls` or a base annotates an `InitVar` (a parameter of `__init__` that is no field)."""
    own = any(isinstance(s, ast.AnnAssign) and "InitVar" in ast.unparse(s.annotation) for s in cls.node.body)
    return own or any(isinstance(base, UserClass) and _declares_init_var(base) for base in cls.bases)


def _converted(value: Value, record: type) -> Value:
    """What `asdict` (`record` dict) or `astuple` (tuple) makes of a value it reaches: a dataclass instance becomes a
    dict or tuple of its fields' values, a list, tuple or dict a new one of the same kind holding its items
    converted, an immutable value stays; other values are deep-copied, which is not followed (UNKNOWN)."""
    if isinstance(value, (Unknown, Const, Scalar, SymDim)):
        return value
    if isinstance(value, UserObject):
        return _record_of(value, record)
    if isinstance(value, Sequence) and value.kind in ("list", "tuple", "dict"):
        if value.items is None:
            keys_kept = value.key is None or isinstance(value.key, (Unknown, Const, Scalar, SymDim))
            element = _converted(value.element, record)
            prefix = tuple(_converted(item, record) for item in value.prefix)
            return dataclasses.replace(value, element=element, prefix=prefix) if keys_kept else UNKNOWN
        return dataclasses.replace(value, items=tuple(_converted(item, record) for item in value.items))
    return UNKNOWN


def _record_of(obj: UserObject, record: type) -> Value:
    """The dict (or tuple) of a dataclass instance's fields, their values converted; UNKNOWN when `obj` is not an
    instance of a class `@dataclass` made, or a base the engine does not model may set its fields, or a field is
    not set on it."""
    cls = obj.cls
    if cls.record != DATACLASS or cls.opaque or _declares_init_var(cls):
        return UNKNOWN
    names = field_names(cls)
    if any(name not in obj.attributes for name in names):
        return UNKNOWN
    values = tuple(_converted(obj.attributes[name], record) for name in names)
    return Sequence(values, "dict", fields=tuple(names)) if record is dict else Sequence(values, "tuple")


def _as_record(record: type) -> Builtin:
    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if len(args) != 1 or kwargs or not isinstance(args[0], UserObject):
            return UNKNOWN
        return _record_of(args[0], record)

    return Builtin(f"as{record.__name__}", apply)


MEMBERS: dict[str, Value] = {
    "dataclass": Builtin("dataclass", _dataclass),
    "field": Builtin("field", _field),
    "asdict": _as_record(dict),
    "astuple": _as_record(tuple),
}
