"""An object's attribute dictionary, `obj.__dict__` or `vars(obj)`, for an object of a user class whose whole
order the engine knows: `update(mapping, **more)` with entries known by name sets those attributes, as
`self.__dict__.update(kwargs)` in a config class's `__init__` does, and so does `obj.__dict__[name] = value`; an
entry a `@property` of the same name shadows is never read, and nothing is known where a class of the order
declares `__slots__`. Where the engine does not know the order (a class deriving from `dict`), where the entries
are not known item by item (`update(**entries)` too, a call the engine does not make) and for the other dict
methods that change entries, what the write may change is forgotten; `setdefault(name, ...)` and `pop(name, ...)`
change at most the attribute they name (`model.__dict__.setdefault("handles", [])` on a layer forgets no other).
Reading entries is not modelled."""

from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass

from .callables import Changer
from .inheritance import mro
from .interp_api import InterpreterApi
from .methods import method_kind
from .values import UNKNOWN, Const, Modelled, Sequence, TorchRef, UserClass, UserObject, Value

SHARED = "<items are attributes>"  # set once `self.__dict__ = self` ran: a dict subclass's items are its attributes
_CHANGERS = frozenset({"popitem", "clear", "__setitem__", "__delitem__", "__ior__"})
_ONE_ENTRY = frozenset({"setdefault", "pop"})  # each changes at most the entry its first argument names


@dataclass(frozen=True, eq=False)
class AttributeDict(Modelled):
    """`owner.__dict__`; `known` when the engine knows the classes of `owner`, so that what a write sets is what
    reading the attribute gives."""

    owner: UserObject
    known: bool = True

    def member(self, name: str) -> Value:
        """`update`, and the other dict methods that change entries (which forget what they may change)."""
        if name == "update":
            return Changer(name, self._update, forget=self._forget_all)
        if name in _ONE_ENTRY:
            return Changer(name, self._entry_changed, forget=self._forget_all)
        if name in _CHANGERS:
            return Changer(name, self._changed, forget=self._forget_all)
        return UNKNOWN

    def _update(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if len(args) > 1 or not all(isinstance(m, Sequence) and m.kind == "dict" and m.items is not None for m in args):
            return self._changed(interp, args, kwargs, node)
        entries = {k: v for m in args if isinstance(m, Sequence) for k, v in zip(m.fields, m.items or (), strict=True)}
        entries.update(kwargs)
        shadowed = _shadowed(self.owner.cls, tuple(entries)) if self.known else None
        for name, value in entries.items():
            if shadowed is None or name not in shadowed:
                interp.store_attribute(self.owner, name, value if shadowed is not None else UNKNOWN, node)
        return Const(None)

    def _changed(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """A change of entries not followed: any attribute may have changed."""
        self._forget_all(interp, node)
        return UNKNOWN

    def _entry_changed(
        self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value:
        """`setdefault(key, ...)` or `pop(key, ...)`: the attribute `key` names may have changed, no other."""
        if not args or kwargs:
            return self._changed(interp, args, kwargs, node)
        self.set_item(interp, args[0], UNKNOWN, node)
        return UNKNOWN

    def _forget_all(self, interp: InterpreterApi, node: ast.AST) -> None:
        for each in attribute_names(self.owner):
            interp.store_attribute(self.owner, each, UNKNOWN, node)

    def set_item(self, interp: InterpreterApi, key: Value, value: Value, node: ast.AST) -> None:
        """`owner.__dict__[key] = value`: a key known by name sets that attribute (one a `@property` shadows is
        never read; where the classes are not known, it may be anything); any other key may be any attribute, of
        the object's own or one it read from its classes."""
        name = key.value if isinstance(key, Const) and isinstance(key.value, str) else None
        shadowed = _shadowed(self.owner.cls, (name,) if name is not None else ())
        if name is not None and shadowed is not None:
            if name not in shadowed:
                interp.store_attribute(self.owner, name, value if self.known else UNKNOWN, node)
            return
        self._forget_all(interp, node)


def attribute_names(owner: UserObject) -> set[str]:
    """The attributes a write at a name not known may have set: the object's own and those it reads from its classes."""
    return {*owner.attributes, *(n for k in mro(owner.cls) or () if isinstance(k, UserClass) for n in k.attributes)}


def attribute_dict(owner: UserObject) -> Value:
    """`owner.__dict__` (the object itself once `self.__dict__ = self` made its items its attributes); where the
    engine does not know the classes of `owner`, writes through it forget what they may change."""
    if SHARED in owner.attributes:
        return owner
    order = mro(owner.cls)
    known = not owner.cls.opaque and order is not None and all(isinstance(k, UserClass) and not k.opaque for k in order)
    return AttributeDict(owner, known)


def _shadowed(cls: UserClass, names: tuple[str, ...]) -> set[str] | None:
    """Which of `names` a `@property` of the class's order defines (a data descriptor: read before the instance's
    dictionary); None where the dictionary's entries are not what reading gives: a class declares `__slots__`, or
    one of the names is another descriptor the engine runs as a property (`functools.cached_property`)."""
    shadowed: set[str] = set()
    for k in mro(cls) or ():
        if isinstance(k, TorchRef):
            torch_shadowed = _torch_shadowed(k.obj, names)
            if torch_shadowed is None:
                return None
            shadowed |= torch_shadowed
            continue
        if "__slots__" in k.attributes:
            return None
        for name in (n for n in names if n in k.methods and method_kind(k.methods[n]) == "property"):
            if not any(ast.unparse(d) == "property" for d in k.methods[name].decorator_list):
                return None
            shadowed.add(name)
    return shadowed


def _torch_shadowed(base: object, names: tuple[str, ...]) -> set[str] | None:
    """Which of `names` a data descriptor of a torch base class defines (`nn.Module` defines none); None where the
    base is no class, or a class of its order declares `__slots__` or reads attributes its own way."""
    if not isinstance(base, type):
        return None
    if any("__slots__" in vars(k) or "__getattribute__" in vars(k) for k in base.__mro__[:-1]):
        return None
    found = {n: inspect.getattr_static(base, n, None) for n in names}
    return {n for n, d in found.items() if hasattr(type(d), "__set__") or hasattr(type(d), "__delete__")}
