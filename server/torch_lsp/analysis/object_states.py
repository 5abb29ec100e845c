"""Attributes of user objects across control flow.

Values bound to names are joined where paths merge, but a user object is shared by every path: a loop or a
branch that sets `obj.x` or appends to `self.items` (directly, or in a method it calls) changes the object on
the paths that did not run it too. These helpers save the attributes of every object reachable from the
variables, put them back for the other path, and join each attribute over the paths.
"""

from __future__ import annotations

from collections.abc import Iterable

from .values import UserObject, Value

Attributes = dict[int, dict[str, Value]]  # by id() of the object


class ObjectStates:
    """The attributes of the user objects reachable from some values, saved when it is made."""

    def __init__(self, roots: Iterable[Value]) -> None:
        self._objects: dict[int, UserObject] = {}
        pending = list(roots)
        while pending:
            value = pending.pop()
            if isinstance(value, UserObject) and id(value) not in self._objects:
                self._objects[id(value)] = value
                pending.extend(value.attributes.values())
        self.saved = self.current()

    def objects(self) -> list[UserObject]:
        """The user objects reachable from the values it was made with."""
        return list(self._objects.values())

    def current(self) -> Attributes:
        """A copy of the objects' attributes as they are now."""
        return {key: dict(obj.attributes) for key, obj in self._objects.items()}

    def set(self, state: Attributes) -> None:
        """Give the objects the attributes of `state`."""
        for key, obj in self._objects.items():
            obj.attributes.clear()
            obj.attributes.update(state[key])

    def paired_with(self, state: Attributes) -> list[tuple[dict[str, Value], dict[str, Value]]]:
        """Each object's attributes in `state` (another path's) and now, to be merged (see joins.join_states)."""
        return [(state[key], dict(obj.attributes)) for key, obj in self._objects.items()]

    def set_merged(self, merged: list[dict[str, Value]]) -> None:
        """Give the objects, in the order of `paired_with`, their merged attributes: an attribute set on one path
        only keeps its value, as a variable bound on one path does."""
        self.set(dict(zip(self._objects, merged, strict=True)))
