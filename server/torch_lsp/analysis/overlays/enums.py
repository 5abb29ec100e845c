"""`enum`: a class derived from `Enum` or `IntEnum` (or from `str`/`int` and `Enum`) turns each plain value its body
assigns into a member, one object per distinct value (a later name with an equal value is an alias of the first
member; `auto()` is one past the last int); `Color.RED.name` and `.value` are its name and value, `Color(value)`
looks a member up by value, and iterating the class yields its members in order. A pure Enum's member equals only
itself; a member of an enum with a mixin type (IntEnum, `(str, Enum)`) compares and tests true as its value. A body
the engine cannot follow (a value it does not know, a private name, `__new__`, `__eq__`, `_missing_` ...) leaves the
class opaque."""

from __future__ import annotations

import ast
import enum
from dataclasses import replace
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Modelled, Sequence, TorchRef, UserClass, UserObject, Value

ENUM = TorchRef("enum.Enum", enum.Enum)
INT_ENUM = TorchRef("enum.IntEnum", enum.IntEnum)
_NAME, _VALUE = "_name_", "_value_"
_OVERRIDES = (
    *("__new__", "__init__", "__eq__", "__ne__", "__hash__", "__bool__", "__len__", "__getattr__"),
    *("_missing_", "_generate_next_value_"),
)
_PLAIN = (int, str, bool)


def enum_class(cls: UserClass, body: list[ast.stmt]) -> UserClass | None:
    """`cls` with its members as class attributes when it derives from Enum and its members are known; `cls`
    made opaque when it derives from Enum otherwise; None when it is no enum."""
    if not any(is_base(b) or (isinstance(b, UserClass) and members(b) is not None) for b in cls.bases):
        return None
    if not _derives_enum(cls):
        return replace(cls, opaque=True)
    mixin = _mixin(cls)
    values = _member_values(cls, body, mixin)
    if values is None:
        return replace(cls, opaque=True)
    known = replace(cls, attributes=dict(cls.attributes), opaque=False)
    made: list[tuple[Any, UserObject]] = []
    for name, value in values.items():
        concrete = _concrete(value)
        alias = next((member for seen, member in made if seen == concrete), None)
        if alias is None:
            alias = UserObject(known, {"name": Const(name), "value": value, _NAME: Const(name), _VALUE: value})
            made.append((concrete, alias))
        known.attributes[name] = alias
    return known


def is_base(value: Value) -> bool:
    """Whether `value` is `Enum` or `IntEnum` itself."""
    return value is ENUM or value is INT_ENUM


def members(cls: UserClass) -> list[UserObject] | None:
    """The members of an enum class the engine models, in definition order, aliases left out; else None."""
    if cls.opaque or not _derives_enum(cls):
        return None
    return [v for n, v in cls.attributes.items() if isinstance(v, UserObject) and v.cls is cls and _name(v) == n]


def is_member(value: Value) -> bool:
    """Whether `value` is a member of an enum class the engine models."""
    return (
        isinstance(value, UserObject)
        and not value.cls.opaque
        and _derives_enum(value.cls)
        and value.cls.attributes.get(_name(value) or "") is value
    )


def looked_up(cls: UserClass, args: list[Value], kwargs: dict[str, Value]) -> Value:
    """`Color(value)`: the member whose value equals `value` (a member given is itself); UNKNOWN when none is
    known to."""
    found = members(cls)
    if found is None or kwargs or len(args) != 1:
        return UNKNOWN
    if args[0] in found:
        return args[0]
    given = _concrete(args[0])
    if given is None:
        return UNKNOWN
    return next((m for m in found if _concrete(m.attributes[_VALUE]) == given), UNKNOWN)


def compared(left: Value, right: Value, equal: bool) -> Value | None:
    """`left == right` (`!=` when not `equal`) where a side is an enum member and the other a member or a constant,
    when it is decided; else None."""
    sides = (left, right)
    if not any(map(is_member, sides)) or not all(is_member(s) or isinstance(s, Const) for s in sides):
        return None
    plain = [s.attributes[_VALUE] if isinstance(s, UserObject) and _mixin(s.cls) is not None else s for s in sides]
    if any(map(is_member, plain)):  # a pure enum's member equals only itself
        return Const((left is right) == equal)
    known = [_concrete(value) for value in plain]
    if known[0] is None or known[1] is None:
        return None
    return Const((known[0] == known[1]) == equal)


def identical(left: Value, right: Value, positive: bool) -> Value | None:
    """`left is right` where a side is an enum member and the other a member or a constant; else None."""
    if not (is_member(left) or is_member(right)):
        return None
    if all(is_member(side) or isinstance(side, Const) for side in (left, right)):
        return Const((left is right) == positive)
    return None


def contained(key: Value, container: Value, positive: bool) -> Value | None:
    """`key in items` (`not in` when not `positive`) for an enum member and a list, tuple or set of known items,
    each a member or a constant: whether one is `key` or equals it; else None."""
    if not is_member(key) or not isinstance(container, Sequence) or container.items is None:
        return None
    if container.kind not in ("list", "tuple", "set"):
        return None
    outcomes = [Const(True) if item is key else compared(key, item, True) for item in container.items]
    if any(isinstance(o, Const) and o.value is True for o in outcomes):
        return Const(positive)
    if all(isinstance(o, Const) and o.value is False for o in outcomes):
        return Const(not positive)
    return None


def truth(member: UserObject) -> Value:
    """A member's truth: its value's for an enum with a mixin type, else true."""
    if _mixin(member.cls) is None:
        return Const(True)
    value = _concrete(member.attributes[_VALUE])
    return Const(bool(value)) if value is not None else UNKNOWN


def _derives_enum(cls: UserClass) -> bool:
    enums = [b for b in cls.bases if not _is_mixin_type(b)]
    mixins = len(cls.bases) - len(enums)
    if cls.node.keywords or len(enums) != 1 or mixins > 1:
        return False
    base = enums[0]
    if isinstance(base, UserClass):
        return members(base) == []  # an enum without members may be derived from
    return is_base(base) and not (base is INT_ENUM and mixins)


def _mixin(cls: UserClass) -> type | None:
    """The type an enum's members also are: int for IntEnum or an `int` base, str for a `str` base; else None."""
    for base in cls.bases:
        if base is INT_ENUM:
            return int
        if _is_mixin_type(base):
            return int if getattr(base, "name", "") == "int" else str
        if isinstance(base, UserClass):
            return _mixin(base)
    return None


def _is_mixin_type(base: Value) -> bool:
    return isinstance(base, Builtin) and base.name in ("int", "str")


def _member_values(cls: UserClass, body: list[ast.stmt], mixin: type | None) -> dict[str, Value] | None:
    """The value of each member the class body assigns, in order; None when one is not a plain known value or the
    body does something the engine does not follow."""
    if any(_defines(cls, name) for name in _OVERRIDES):
        return None
    allowed = (ast.Assign, ast.AnnAssign, ast.FunctionDef, ast.AsyncFunctionDef, ast.Pass)
    if not all(isinstance(s, allowed) or _is_docstring(s) for s in body):
        return None
    values: dict[str, Value] = {}
    for name, given in cls.attributes.items():
        value = _generated([_concrete(v) for v in values.values()], mixin) if isinstance(given, Auto) else given
        concrete = _concrete(value)
        if name.startswith("_") or concrete is None:
            return None
        if mixin is not None and type(concrete) is not mixin:
            return None
        values[name] = value
    return values


def _defines(cls: UserClass, name: str) -> bool:
    """Whether `cls` or one of its user classes defines method `name`."""
    return name in cls.methods or any(isinstance(b, UserClass) and _defines(b, name) for b in cls.bases)


def _generated(previous: list[Any], mixin: type | None) -> Value:
    """The value `auto()` gives after the values `previous`: 1 for the first, else one past the last when every
    value so far is an int and the last is the largest (where Python versions agree); else UNKNOWN."""
    if mixin is str:
        return UNKNOWN
    if not previous:
        return Const(1)
    if all(type(v) is int for v in previous) and previous[-1] == max(previous):
        return Const(previous[-1] + 1)
    return UNKNOWN


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)


def _name(member: UserObject) -> str | None:
    name = member.attributes.get(_NAME)
    return name.value if isinstance(name, Const) and isinstance(name.value, str) else None


def _concrete(value: Value) -> Any:
    """A plain constant or a tuple of them as Python's value; None for anything else."""
    if isinstance(value, Const) and type(value.value) in _PLAIN:
        return value.value
    if isinstance(value, Sequence) and value.kind == "tuple" and value.items is not None:
        items = [_concrete(item) for item in value.items]
        return tuple(items) if all(item is not None for item in items) else None
    return None


class Auto(Modelled):
    """`auto()` in an enum body: a member whose value Python generates."""


def _auto(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    return Auto() if not args and not kwargs else UNKNOWN


def _unique(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    return args[0] if len(args) == 1 and not kwargs else UNKNOWN


MEMBERS: dict[str, Value] = {
    "Enum": ENUM,
    "IntEnum": INT_ENUM,
    "auto": Builtin("auto", _auto),
    "unique": Builtin("unique", _unique),
}
