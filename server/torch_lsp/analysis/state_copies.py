"""Copies of the module's variables that the code run after them cannot change: what a checkpoint keeps.

The engine's values never change in place, except user objects (their attributes) and argparse parsers (their
arguments), which are copied. The module's own functions and classes read its variables through the module
scope, which a resumed run fills again from the copy. What cannot be copied (a closure's variables, a class
attribute that code may set, another module's variables, a callable bound to an object) makes the state
uncopyable: it gets no checkpoint."""

from __future__ import annotations

import dataclasses
import types
from typing import Any, NamedTuple

from .callables import Builtin
from .overlays.argparse import Parser
from .overlays.mixed_arrays import MixedArray
from .overlays.numpy_model import NdArray
from .values import (
    UNKNOWN,
    Const,
    Function,
    Instance,
    Literal,
    ModuleValue,
    Scalar,
    SymDim,
    TensorValue,
    TorchModule,
    TorchRef,
    UserClass,
    UserObject,
)

_IMMUTABLE = (TensorValue, Const, Scalar, SymDim, TorchRef, TorchModule, Instance)
_PLAIN = (str, bytes, int, float, bool, complex, type(None), type, range, types.ModuleType)


class Uncopyable(Exception):
    """The state holds something a copy cannot stand for."""


class Copies(NamedTuple):
    """The copied tables, and the tensor contents that were still valid: later code may invalidate them (an
    in-place op), and a run resumed from the copy must find them valid again."""

    tables: list[dict[Any, Any]]
    valid: tuple[Literal, ...]


def copied(tables: list[dict[Any, Any]], top: object, settable: frozenset[str] | None) -> Copies:
    """Copies of `tables` (the module scope `top`'s variables, values saved beside them) that later code cannot
    change, an object held in several copied once; `settable` are the attribute names the file's code may set
    (None: any). Raises Uncopyable."""
    copier = _Copier(top, settable)
    copies = [{name: copier.value(value) for name, value in table.items()} for table in tables]
    return Copies(copies, tuple(copier.valid.values()))


class _Copier:
    def __init__(self, top: object, settable: frozenset[str] | None) -> None:
        self._top = top
        self._settable = settable
        self._copies: dict[int, Any] = {}
        self.valid: dict[int, Literal] = {}

    def value(self, value: Any) -> Any:
        if isinstance(value, (TensorValue, NdArray, MixedArray, Literal)):
            self._note_valid(value)
            return value
        if value is UNKNOWN or isinstance(value, _IMMUTABLE + _PLAIN) or _library_object(value):
            return value
        if id(value) in self._copies:
            return self._copies[id(value)]
        if isinstance(value, UserObject):
            copy = self._copies[id(value)] = UserObject(self.value(value.cls))
            copy.attributes = {name: self.value(held) for name, held in value.attributes.items()}
            return copy
        if isinstance(value, Parser):
            parser = self._copies[id(value)] = Parser(list(value.arguments))
            return parser
        if isinstance(value, Function):
            if value.scope is not self._top:
                raise Uncopyable  # a closure: calls may change its enclosing function's variables
            if value.owner is not None:
                self.value(value.owner)
            return value
        if isinstance(value, UserClass):
            return self._class(value)
        if isinstance(value, ModuleValue):
            raise Uncopyable
        if isinstance(value, Builtin):
            if not _pure(value.function) or (value.changes_first is not None and not _pure(value.changes_first)):
                raise Uncopyable
            return self._fields(value)
        if isinstance(value, (tuple, list)):
            items = [self.value(item) for item in value]
            return value if all(a is b for a, b in zip(items, value, strict=True)) else type(value)(items)
        if isinstance(value, dict):
            entries = {key: self.value(held) for key, held in value.items()}
            return value if all(entries[key] is held for key, held in value.items()) else entries
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self._fields(value)
        if isinstance(value, (set, frozenset)) and all(isinstance(item, _PLAIN) for item in value):
            return value
        raise Uncopyable

    def _note_valid(self, value: TensorValue | NdArray | MixedArray | Literal) -> None:
        if isinstance(value, TensorValue):
            pending = list(value.literals)
        else:
            pending = [value] if isinstance(value, Literal) else list(value.memory)
        while pending:
            literal = pending.pop()
            if literal.intact and id(literal) not in self.valid:
                self.valid[id(literal)] = literal
                pending.extend(literal.sources)

    def _class(self, cls: UserClass) -> UserClass:
        """A class is shared, not copied: it must be one nothing can change."""
        if cls.scope is not self._top or self._settable is None or self._settable & cls.attributes.keys():
            raise Uncopyable
        self._copies[id(cls)] = cls
        for held in (*cls.bases, *cls.attributes.values()):
            if self.value(held) is not held:
                raise Uncopyable  # a user object or parser in a class attribute: shared by every instance
        return cls

    def _fields(self, value: Any) -> Any:
        changed = {}
        for spec in dataclasses.fields(value):
            held = getattr(value, spec.name)
            copy = self.value(held)
            if copy is not held:
                if not spec.init:
                    raise Uncopyable
                changed[spec.name] = copy
        return dataclasses.replace(value, **changed) if changed else value


def _library_object(value: Any) -> bool:
    """A tensor, size, distribution or array (the engine never changes one in place), or a tensor's contents
    (`Literal`, which only ever lose their validity)."""
    return isinstance(value, Literal) or type(value).__module__.split(".")[0] in ("torch", "sympy", "numpy")


def _pure(function: Any) -> bool:
    """Whether a callable holds no object that may change: not a method bound to one, no such closure cell."""
    receiver = getattr(function, "__self__", None)
    if receiver is not None and not isinstance(receiver, types.ModuleType):
        return False
    cells = getattr(function, "__closure__", None) or ()
    return all(
        isinstance(cell.cell_contents, _PLAIN)
        or (isinstance(cell.cell_contents, types.FunctionType) and _pure(cell.cell_contents))
        for cell in cells
    )
