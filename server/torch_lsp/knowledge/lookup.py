"""Find the knowledge-base entry and torch object behind a qualified name."""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import Any

from ..torch_names import resolve_object
from .model import Entry, KnowledgeBase


class EntryIndex:
    """Entries by qualified name and, once torch is loaded, by the identity of the object they document."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._by_object: dict[int, Entry] | None = None
        self._objects: list[Any] = []

    def _bind(self, torch: ModuleType) -> dict[int, Entry]:
        """Index every entry by the torch object its names resolve to."""
        by_object: dict[int, Entry] = {}
        for entry in self.kb.entries:
            for name in (entry.name, *entry.aliases):
                obj = resolve_object(torch, name)
                if obj is not None and not isinstance(obj, (int, float, str, bool)):
                    self._objects.append(obj)
                    by_object.setdefault(id(obj), entry)
        self._by_object = by_object
        return by_object

    def find(self, qualified: str, torch: ModuleType | None) -> Entry | None:
        """The entry for `qualified`, by name first, then by object identity."""
        entry = self.kb.lookup(qualified)
        if entry is not None or torch is None:
            return entry
        by_object = self._by_object if self._by_object is not None else self._bind(torch)
        obj = resolve_object(torch, qualified)
        return by_object.get(id(obj)) if obj is not None else None

    def uncovered(self, names: Iterable[str], torch: ModuleType) -> list[str]:
        """The names, in their order, that no entry documents, resolved the way the hover resolves them."""
        return [name for name in names if self.find(name, torch) is None]
