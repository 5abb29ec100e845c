"""Instances of user classes deriving from `dict` (the AttrDict, EasyDict or `Config(dict)` of research code): an
instance keeps its items, a dict of the engine, beside its attributes (under ITEMS). `obj[key]`, `obj[key] = value`,
`del obj[key]`, dict's methods (`get`, `update`, `super().__setitem__(...)`, `dict.__init__(self, ...)`) and
`**obj` read or change those items, unless a class of its order defines that method (then Python runs the user's);
a class attribute `__getattr__ = dict.__getitem__` (or `dict.get`) reads an item, `__setattr__ = dict.__setitem__`
stores one, a user `__setattr__` runs for every attribute stored, and `self.__dict__ = self` makes the items the
attributes. A change the engine cannot follow leaves the items unknown, never as they were."""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TypeGuard

from .attribute_dicts import SHARED
from .callables import Builtin
from .dict_changes import changed_dict
from .inheritance import derives_dict, mro
from .interp_api import InterpreterApi
from .joins import join_all
from .python_builtins import BUILTINS, dict_method, dict_of, is_dict, stored_entry
from .symbols import Symbols
from .unbound_methods import UnboundMethod
from .values import UNKNOWN, Const, Function, Scalar, Sequence, SymDim, UserClass, UserObject, Value

ITEMS = "<dict items>"  # an instance's items: a dict Sequence, or UNKNOWN
_READERS = frozenset({"get", "keys", "values", "items", "copy"})
_CHANGERS = frozenset({"update", "pop", "popitem", "setdefault", "clear"})
_OBJECT_METHODS = frozenset({"__setattr__", "__delattr__"})
_READING = ("keys", "__getitem__", "__iter__", "__len__", "__contains__")


def is_dict_object(value: Value) -> TypeGuard[UserObject]:
    """Whether `value` is an instance of a user class deriving from `dict`."""
    return isinstance(value, UserObject) and derives_dict(value.cls)


def overrides(cls: UserClass, name: str) -> bool:
    """Whether a user class of `cls`'s order defines or holds `name` (Python finds it before dict's)."""
    return any(isinstance(k, UserClass) and (name in k.methods or name in k.attributes) for k in mro(cls) or [cls])


def initial_items(
    interp: InterpreterApi, cls: UserClass, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    """The items of a new instance before its `__init__` runs: `dict.__init__`'s from the arguments where no user
    class defines `__init__`, else none (unknown where a class defines `__new__`)."""
    if overrides(cls, "__new__"):
        return UNKNOWN
    if overrides(cls, "__init__"):
        return dict_of({})
    return _dict_value(interp.call(BUILTINS["dict"], [mapping_of(interp, a, node) for a in args], kwargs, node))


def items_of(interp: InterpreterApi, obj: UserObject, node: ast.AST) -> Value:
    """The items of `obj` (read as an attribute, so that a call reading them depends on them)."""
    return interp.attribute(obj, ITEMS, node) if ITEMS in obj.attributes else UNKNOWN


def set_items(interp: InterpreterApi, obj: UserObject, items: Value, node: ast.AST) -> None:
    """`obj`'s items are now `items` (unknown where they are no dict the engine keeps)."""
    interp.store_attribute(obj, ITEMS, _dict_value(items), node)


def mapping_of(interp: InterpreterApi, value: Value, node: ast.AST) -> Value:
    """What `**value`, `dict(value)`, `len(value)`, `key in value` or a loop over it read of a mapping: a copy of an
    instance's items where its classes keep dict's ways of reading them; any other value itself."""
    if not is_dict_object(value) or any(overrides(value.cls, n) for n in _READING):
        return value
    items = items_of(interp, value, node)
    return replace(items) if isinstance(items, Sequence) else UNKNOWN


def entry(items: Value, key: Value, cls: UserClass, symbols: Symbols) -> Value:
    """dict's `obj[key]` of an instance of `cls` with these items: a missing key raises KeyError, or runs the
    class's `__missing__` (then only a key known to be there is known)."""
    if not isinstance(items, Sequence) or items.kind != "dict":
        return UNKNOWN
    missing = overrides(cls, "__missing__")
    if items.items is None:
        return UNKNOWN if missing else items.element
    if isinstance(key, Const):
        return items.items[items.fields.index(key.value)] if key.value in items.fields else UNKNOWN
    return join_all(list(items.items), symbols) if items.items and not missing else UNKNOWN


def stored(interp: InterpreterApi, obj: UserObject, key: Value, value: Value, node: ast.AST) -> None:
    """`obj[key] = value`: the class's own `__setitem__` runs, else dict's stores the item."""
    setter = _held(obj.cls, "__setitem__")
    if isinstance(setter, Function):
        interp.call_function(setter, [obj, key, value], {}, node)
    elif overrides(obj.cls, "__setitem__"):
        set_items(interp, obj, UNKNOWN, node)
    else:
        store_item(interp, obj, key, value, node)


def dropped(interp: InterpreterApi, obj: UserObject, key: Value, node: ast.AST) -> None:
    """`del obj[key]`: dict's `__delitem__` removes the item (a user one leaves the items unknown)."""
    if overrides(obj.cls, "__delitem__"):
        set_items(interp, obj, UNKNOWN, node)
        return
    after, _ = changed_dict(items_of(interp, obj, node), "pop", [key], interp.symbols)
    set_items(interp, obj, after, node)


def attribute(interp: InterpreterApi, obj: UserObject, name: str, node: ast.AST) -> Value | None:
    """`obj.name` that no user class of its order has: dict's member, else an item where a class holds
    `__getattr__ = dict.__getitem__` (or `dict.get`); None where Python goes on to a user `__getattr__`."""
    member = builtin_member(obj, name)
    if member is not None:
        return member
    held = _held(obj.cls, "__getattr__")
    if held is None or isinstance(held, Function):
        return None
    setting = _held(obj.cls, "__setattr__")
    stores_items = isinstance(setting, UnboundMethod) and setting.name == "__setitem__"
    if not isinstance(held, UnboundMethod):
        return UNKNOWN
    if interp.may_set_attribute(name) and not stores_items:  # an attribute of that name may answer instead
        _hand_out(interp, obj, name, node)
        return UNKNOWN
    if held.name == "__getitem__":
        return entry(items_of(interp, obj, node), Const(name), obj.cls, interp.symbols)
    if held.name == "get":
        items = items_of(interp, obj, node)
        return dict_method(items, "get", [Const(name)], interp.symbols) if isinstance(items, Sequence) else UNKNOWN
    return UNKNOWN


def _hand_out(interp: InterpreterApi, obj: UserObject, name: str, node: ast.AST) -> None:
    """The item `name` may be handed out unknown to the engine: a change in place through it would go unseen, so
    an item that can change in place is unknown from now on."""
    items = items_of(interp, obj, node)
    if not is_dict(items) or name not in items.fields:
        return
    if not isinstance(items.items[items.fields.index(name)] if items.items else None, (Const, Scalar, SymDim)):
        store_item(interp, obj, Const(name), UNKNOWN, node)


def shared_attribute(interp: InterpreterApi, obj: UserObject, name: str, node: ast.AST) -> Value | None:
    """`obj.name` once the items are the attributes: the item of that name; None where the items are known and
    have none (the classes answer)."""
    items = items_of(interp, obj, node)
    if not is_dict(items):
        return UNKNOWN
    return items.items[items.fields.index(name)] if items.items and name in items.fields else None


def set_attribute(interp: InterpreterApi, obj: UserObject, name: str, value: Value, node: ast.AST) -> bool:
    """`obj.name = value` through the class's `__setattr__`: a user def runs, `dict.__setitem__` stores an item;
    False where `object.__setattr__` stores it."""
    held = _held(obj.cls, "__setattr__")
    if held is None or name in (ITEMS, SHARED):
        return False
    if isinstance(held, Function):
        interp.call_function(held, [obj, Const(name), value], {}, node)
    elif isinstance(held, UnboundMethod) and held.name == "__setitem__":
        store_item(interp, obj, Const(name), value, node)
    else:
        forget(interp, obj, node)
        interp.store_attribute(obj, name, UNKNOWN, node)
    return True


def stored_as_attribute(interp: InterpreterApi, obj: UserObject, name: str, value: Value, node: ast.AST) -> bool:
    """`object.__setattr__(obj, name, value)` where the items are the attributes (stored as an item), or
    `obj.__dict__ = obj` (which makes them so, the attributes it had gone); False for any other store."""
    if name in (ITEMS, SHARED):
        return False
    if SHARED in obj.attributes:
        store_item(interp, obj, Const(name), value, node)
        return True
    if name == "__dict__" and value is obj:
        for each in [n for n in obj.attributes if n != ITEMS]:
            interp.store_attribute(obj, each, UNKNOWN, node)
            del obj.attributes[each]
        obj.attributes[SHARED] = Const(True)
        return True
    return False


def item_changed(interp: InterpreterApi, obj: UserObject, name: str, value: Value, node: ast.AST) -> None:
    """`obj.name`, read of the items (no attribute of that name), changed in place into `value`: the item is that
    value where the items are the attributes or `__getattr__` is dict's; else what a user `__getattr__` returned is
    not known to be an item or a copy of one, so the items are unknown."""
    held = _held(obj.cls, "__getattr__")
    if SHARED in obj.attributes or (isinstance(held, UnboundMethod) and held.name in ("__getitem__", "get")):
        store_item(interp, obj, Const(name), value, node)
    else:
        forget(interp, obj, node)


def attribute_deleted(interp: InterpreterApi, obj: UserObject, name: str, node: ast.AST) -> None:
    """`del obj.name`: the item goes too where the items are the attributes or the class holds
    `__delattr__ = dict.__delitem__`; a user `__delattr__` leaves the items unknown."""
    held = _held(obj.cls, "__delattr__")
    if SHARED in obj.attributes or (isinstance(held, UnboundMethod) and held.name == "__delitem__"):
        after, _ = changed_dict(items_of(interp, obj, node), "pop", [Const(name)], interp.symbols)
        set_items(interp, obj, after, node)
    elif held is not None:
        forget(interp, obj, node)


def forget(interp: InterpreterApi, obj: UserObject, node: ast.AST) -> None:
    """Code the engine does not follow may have changed any item (`setattr(obj, name, value)` at a name not known,
    through a user `__setattr__`)."""
    set_items(interp, obj, UNKNOWN, node)


def builtin_member(obj: UserObject, name: str) -> Value | None:
    """dict's (or object's) member `name` bound to `obj`, as `super().name` or `dict.name(obj, ...)` reach it; None
    where dict has none."""
    if name in _OBJECT_METHODS:
        return Builtin(name, lambda i, args, kwargs, n: _object_setattr(i, obj, name, args, n))
    if name in ("__init__", "update"):
        return Builtin(name, lambda i, args, kwargs, n: _update(i, obj, args, kwargs, n))
    if name == "__getitem__":
        return Builtin(name, lambda i, args, kwargs, n: _get_item(i, obj, args, kwargs, n))
    if name == "__setitem__":
        return Builtin(name, lambda i, args, kwargs, n: _set_item(i, obj, args, kwargs, n))
    if name == "__delitem__":
        return Builtin(name, lambda i, args, kwargs, n: _del_item(i, obj, args, kwargs, n))
    if name in _READERS:
        return Builtin(name, lambda i, args, kwargs, n: _read(i, obj, name, args, kwargs, n))
    if name in _CHANGERS:
        return Builtin(name, lambda i, args, kwargs, n: _change(i, obj, name, args, kwargs, n))
    if hasattr(dict, name):  # `__ior__` changes the items; the others read them
        return Builtin(name, lambda i, args, kwargs, n: _unfollowed(i, obj, name, n))
    return None


def store_item(interp: InterpreterApi, obj: UserObject, key: Value, value: Value, node: ast.AST) -> None:
    """dict's `obj[key] = value` (also what a change in place of the item read as `obj[key]` makes)."""
    items = items_of(interp, obj, node)
    after = stored_entry(items, key, value, interp.symbols) if isinstance(items, Sequence) else UNKNOWN
    set_items(interp, obj, after, node)


def _object_setattr(interp: InterpreterApi, obj: UserObject, name: str, args: list[Value], node: ast.AST) -> Value:
    key = args[0].value if args and isinstance(args[0], Const) and isinstance(args[0].value, str) else None
    if name == "__setattr__" and key is not None and len(args) == 2:
        interp.store_attribute(obj, key, args[1], node)
        return Const(None)
    forget(interp, obj, node)
    for each in [key] if key is not None else [n for n in obj.attributes if n not in (ITEMS, SHARED)]:
        interp.store_attribute(obj, each, UNKNOWN, node)
    return UNKNOWN


def _update(
    interp: InterpreterApi, obj: UserObject, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    added = interp.call(BUILTINS["dict"], [mapping_of(interp, a, node) for a in args], kwargs, node)
    after, _ = changed_dict(items_of(interp, obj, node), "update", [_dict_value(added)], interp.symbols)
    set_items(interp, obj, after, node)
    return Const(None)


def _get_item(
    interp: InterpreterApi, obj: UserObject, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    if len(args) != 1 or kwargs:
        return UNKNOWN
    return entry(items_of(interp, obj, node), args[0], obj.cls, interp.symbols)


def _set_item(
    interp: InterpreterApi, obj: UserObject, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    if len(args) != 2 or kwargs:
        forget(interp, obj, node)
        return UNKNOWN
    store_item(interp, obj, args[0], args[1], node)
    return Const(None)


def _del_item(
    interp: InterpreterApi, obj: UserObject, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    after, _ = changed_dict(items_of(interp, obj, node), "pop", args if len(args) == 1 else [], interp.symbols)
    set_items(interp, obj, after if len(args) == 1 and not kwargs else UNKNOWN, node)
    return Const(None)


def _read(
    interp: InterpreterApi, obj: UserObject, name: str, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    items = items_of(interp, obj, node)
    if kwargs or not isinstance(items, Sequence):
        return UNKNOWN
    result = dict_method(items, name, args, interp.symbols)
    return replace(result) if result is items else result  # `copy()`: a dict of its own


def _change(
    interp: InterpreterApi, obj: UserObject, name: str, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    given = [*args, dict_of(kwargs)] if kwargs else args
    after, result = changed_dict(items_of(interp, obj, node), name, given, interp.symbols)
    set_items(interp, obj, after, node)
    return result


def _unfollowed(interp: InterpreterApi, obj: UserObject, name: str, node: ast.AST) -> Value:
    if name == "__ior__":
        forget(interp, obj, node)
    return UNKNOWN


def _held(cls: UserClass, name: str) -> Value | None:
    """What the first user class of `cls`'s order that has `name` holds under it (a def: a Function)."""
    for k in mro(cls) or [cls]:
        if isinstance(k, UserClass) and name in k.methods:
            return Function(k.methods[name], k.scope, k)
        if isinstance(k, UserClass) and name in k.attributes:
            return k.attributes[name]
    return None


def _dict_value(value: Value) -> Value:
    return value if isinstance(value, Sequence) and value.kind == "dict" else UNKNOWN
