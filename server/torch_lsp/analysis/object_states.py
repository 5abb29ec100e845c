"""Attributes of user objects and classes, and variables of enclosing scopes, across control flow.

Values bound to names are joined where paths merge, but a user object is shared by every path: a loop or a
branch that sets `obj.x` or appends to `self.items` (directly, or in a method it calls) changes the object on
the paths that did not run it too. So does one that changes a class attribute (`Config.n = 5`, a list every
instance shares) or a variable of an enclosing scope (`xs.append(x)` on a module's list, a `global` name). These
helpers save the attributes of every object and class reachable from the variables and the variables of the
enclosing scopes, put them back for the other path, and join each over the paths.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .values import UserClass, UserObject, Value

Attributes = dict[int, dict[str, Value]]  # by id() of the object, class or scope


class _Scope(Protocol):
    vars: dict[str, Value]


class ObjectStates:
    """The attributes of the user objects reachable from some values, saved when it is made."""

    def __init__(self, roots: Iterable[Value], scopes: Iterable[_Scope] = ()) -> None:
        self._objects: dict[int, UserObject] = {}
        self._classes: dict[int, UserClass] = {}
        self._scopes = {id(scope): scope for scope in scopes}
        pending = list(roots)
        while pending:
            value = pending.pop()
            if isinstance(value, UserObject) and id(value) not in self._objects:
                self._objects[id(value)] = value
                pending.extend([*value.attributes.values(), value.cls])
            elif isinstance(value, UserClass) and id(value) not in self._classes:
                self._classes[id(value)] = value
                pending.extend([*value.attributes.values(), *value.bases])
        self.saved = self.current()

    def objects(self) -> list[UserObject]:
        """The user objects reachable from the values it was made with."""
        return list(self._objects.values())

    def owners(self) -> list[Value]:
        """The user objects and classes reachable from the values it was made with."""
        return [*self._objects.values(), *self._classes.values()]

    def _tables(self) -> dict[int, dict[str, Value]]:
        """The objects' and classes' attributes and the scopes' variables, as the tables they are now."""
        tables = {key: obj.attributes for key, obj in self._objects.items()}
        tables.update((key, cls.attributes) for key, cls in self._classes.items())
        tables.update((key, scope.vars) for key, scope in self._scopes.items())
        return tables

    def current(self) -> Attributes:
        """A copy of the tables as they are now."""
        return {key: dict(table) for key, table in self._tables().items()}

    def set(self, state: Attributes) -> None:
        """Give the tables the entries of `state`."""
        for key, table in self._tables().items():
            table.clear()
            table.update(state[key])

    def paired_with(self, state: Attributes) -> list[tuple[dict[str, Value], dict[str, Value]]]:
        """Each table in `state` (another path's) and now, to be merged (see joins.join_states)."""
        return [(state[key], dict(table)) for key, table in self._tables().items()]

    def set_merged(self, merged: list[dict[str, Value]]) -> None:
        """Give the tables, in the order of `paired_with`, their merged entries: an attribute set on one path
        only keeps its value, as a variable bound on one path does."""
        self.set(dict(zip(self._tables(), merged, strict=True)))
