"""Objects of the attribute-dict recipe: a class deriving from `dict` alone whose `__init__(self, *args, **kwargs)`
only passes its arguments to dict's and makes the instance its own attribute dictionary (`self.__dict__ = self`),
and which defines no other special method. Its attributes are its entries: made from entries known by name, the
object has them as attributes; an item written or read at a known key is that attribute, `update` with entries
known by name sets those, and `obj.__dict__` / `vars(obj)` is the object itself. Any other change (a key not
known, `setdefault`, `pop`, `clear`, entries not known) forgets the attributes it may change, and the entries are
no longer all known: until then `dict(obj)`, `**obj` and `C(obj)` read them from its attributes."""

from __future__ import annotations

import ast
import functools
import weakref
from dataclasses import dataclass
from typing import TypeGuard

from .callables import Builtin
from .interp_api import InterpreterApi
from .values import UNKNOWN, Const, Sequence, UserClass, UserObject, Value

CHANGERS = frozenset({"update", "setdefault", "pop", "popitem", "clear", "__setitem__", "__delitem__", "__ior__"})
_RECIPES: weakref.WeakKeyDictionary[UserClass, bool] = weakref.WeakKeyDictionary()
_COMPLETE: weakref.WeakSet[UserObject] = weakref.WeakSet()  # objects whose attributes are all their entries


@dataclass(frozen=True, eq=False)
class EntryChanger(Builtin):
    """A dict method that changes the entries, and so the attributes, of `owner`."""

    owner: UserObject | None = None


def is_namespace(value: Value) -> TypeGuard[UserObject]:
    """Whether `value` is an object of the attribute-dict recipe."""
    return isinstance(value, UserObject) and is_recipe_class(value.cls)


def made(interp: InterpreterApi, cls: UserClass, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`cls(*args, **kwargs)` of a recipe class: an object whose attributes are the entries `dict(...)` gives
    (none known where those are not known by name)."""
    built = interp.call(cls.bases[0], args, kwargs, node)
    if not (isinstance(built, Sequence) and built.kind == "dict" and built.items is not None):
        return UserObject(cls)
    obj = UserObject(cls, dict(zip(built.fields, built.items, strict=True)))
    _COMPLETE.add(obj)
    return obj


def entries(value: UserObject) -> dict[str, Value] | None:
    """The entries of a recipe object, while they are all known; None for another object."""
    return dict(value.attributes) if value in _COMPLETE and is_namespace(value) else None


def member(owner: UserObject, name: str) -> Value | None:
    """`obj.__dict__` (the object) and the dict methods that change entries (where no entry of that name hides
    them); None for other names."""
    if name == "__dict__":
        return owner
    if name in owner.attributes:
        return None
    return EntryChanger(name, functools.partial(_changed, owner, name), owner=owner) if name in CHANGERS else None


def item(owner: UserObject, key: Value) -> Value:
    """`obj[key]`: the attribute of a known name."""
    name = key.value if isinstance(key, Const) and isinstance(key.value, str) else None
    return owner.attributes.get(name, UNKNOWN) if name is not None else UNKNOWN


def set_item(interp: InterpreterApi, owner: UserObject, key: Value, value: Value, node: ast.AST) -> None:
    """`obj[key] = value`: sets the attribute of a known name; a key not known may be any attribute."""
    if isinstance(key, Const) and isinstance(key.value, str):
        interp.set_attribute(owner, key.value, value, node)
    else:
        forget(interp, owner, node)


def forget(interp: InterpreterApi, owner: UserObject, node: ast.AST) -> None:
    """Every attribute the object has may have changed, and it may have entries not known."""
    _COMPLETE.discard(owner)
    for name in list(owner.attributes):
        interp.set_attribute(owner, name, UNKNOWN, node)


def _changed(
    owner: UserObject, name: str, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    """`obj.update(mapping, **more)` with entries known by name sets those attributes; any other change forgets
    what it may change. What `pop` and `setdefault` give is not known."""
    mappings = [*args, Sequence(tuple(kwargs.values()), "dict", fields=tuple(kwargs))]
    if name == "update" and len(args) <= 1 and all(isinstance(m, Sequence) and m.kind == "dict" for m in mappings):
        known = [m for m in mappings if isinstance(m, Sequence) and m.items is not None]
        if len(known) == len(mappings):
            for mapping in known:
                for key, value in zip(mapping.fields, mapping.items or (), strict=True):
                    interp.set_attribute(owner, key, value, node)
            return Const(None)
    forget(interp, owner, node)
    return Const(None) if name in ("update", "clear") else UNKNOWN


def is_recipe_class(cls: UserClass) -> bool:
    """Whether the class follows the attribute-dict recipe."""
    if cls not in _RECIPES:
        _RECIPES[cls] = _follows_recipe(cls)
    return _RECIPES[cls]


def _follows_recipe(cls: UserClass) -> bool:
    """Whether the class is `class C(dict)` with the recipe's `__init__` and no other special method or
    attribute, no decorated method (a property would be read before the entries), decorator or metaclass."""
    node = cls.node
    base = cls.bases[0] if len(cls.bases) == 1 else None
    if not (isinstance(base, Builtin) and base.name == "dict") or node.keywords or node.decorator_list:
        return False
    if any(name.startswith("__") and name != "__init__" for name in (*cls.methods, *cls.attributes)):
        return False
    if any(method.decorator_list or _reaches_dict_itself(method) for method in cls.methods.values()):
        return False
    init = cls.methods.get("__init__")
    return isinstance(init, ast.FunctionDef) and _recipe_init(init, node.name)


def _reaches_dict_itself(method: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether a method other than `__init__` calls dict's own methods past the object's (`super().update(...)`,
    `dict.__setitem__(self, ...)`), which the engine would not see change the entries."""
    if method.name == "__init__":
        return False
    for node in ast.walk(method):
        if isinstance(node, ast.Name) and node.id == "super":
            return True
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "dict":
            return True
    return False


def _recipe_init(init: ast.FunctionDef, class_name: str) -> bool:
    """`def __init__(self, *args, **kwargs)` whose body (past a docstring) is the call of dict's `__init__` with
    `*args, **kwargs` (through `super()`, `super(C, self)` or `dict.__init__(self, ...)`) then `self.__dict__ =
    self`."""
    arguments = init.args
    if arguments.posonlyargs or arguments.kwonlyargs or arguments.defaults or len(arguments.args) != 1:
        return False
    if arguments.vararg is None or arguments.kwarg is None:
        return False
    this, rows, entries = arguments.args[0].arg, arguments.vararg.arg, arguments.kwarg.arg
    body = init.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    forwarded = f"*{rows}, **{entries}"
    calls = {
        f"super().__init__({forwarded})",
        f"super({class_name}, {this}).__init__({forwarded})",
        f"dict.__init__({this}, {forwarded})",
    }
    written = [ast.unparse(statement) for statement in body]
    return len(written) == 2 and written[0] in calls and written[1] == f"{this}.__dict__ = {this}"
