"""A namespace's attribute dictionary, `ns.__dict__` or `vars(ns)` (an argparse `Namespace`, a
`types.SimpleNamespace`): a dict of its attributes that is no copy, so a change made through it (an item stored,
`update(...)`, a name bound to it changed in place) changes the namespace's attributes too."""

from __future__ import annotations

from typing import TypeGuard

from .overlays.types import NAMESPACE
from .values import UNKNOWN, Sequence, Value


def is_namespace(value: Value) -> TypeGuard[Sequence]:
    return isinstance(value, Sequence) and value.kind == NAMESPACE


def namespace_of(view: Value) -> Value:
    """The namespace whose attribute dictionary is now `view`: its entries as attributes, unknown where they are
    not known by name."""
    if isinstance(view, Sequence) and view.kind == "dict" and view.items is not None:
        return Sequence(view.items, NAMESPACE, fields=view.fields)
    return UNKNOWN


class NamespaceViews:
    """The attribute dictionaries handed out, each with its namespace (both kept, so their ids stay their own)."""

    def __init__(self) -> None:
        self._views: dict[int, tuple[Sequence, Sequence]] = {}

    def view(self, namespace: Sequence) -> Sequence:
        """`namespace.__dict__`."""
        view = Sequence(namespace.items, "dict", fields=namespace.fields)
        self._views[id(view)] = (view, namespace)
        return view

    def changed(self, old: Value) -> Sequence | None:
        """The namespace whose attribute dictionary `old` is, now being changed in place; None when it is none's."""
        entry = self._views.pop(id(old), None)
        return entry[1] if entry is not None and entry[0] is old else None

    def link(self, view: Value, namespace: Value | None) -> None:
        """`view`, a dictionary changed in place, is the attribute dictionary of `namespace` (if one) still."""
        if isinstance(view, Sequence) and namespace is not None and is_namespace(namespace):
            self._views[id(view)] = (view, namespace)
