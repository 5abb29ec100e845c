"""Verified outcomes of the knowledge base's examples on the active device, computed once and cached."""

from __future__ import annotations

import threading

from .model import Entry
from .verify import Outcome, verify_entry


class CheckedExamples:
    """Runs each entry's examples on the active device at most once (thread-safe)."""

    def __init__(self) -> None:
        self._outcomes: dict[tuple[str, str], list[Outcome]] = {}
        self._lock = threading.Lock()

    def outcomes(self, entry: Entry, device: str) -> list[Outcome]:
        """The outcomes of `entry`'s examples and checks on `device`."""
        key = (entry.name, device)
        cached = self._outcomes.get(key)
        if cached is not None:
            return cached
        with self._lock:
            if key not in self._outcomes:
                self._outcomes[key] = verify_entry(entry, device)
            return self._outcomes[key]

    def cached(self, entry: Entry, device: str) -> list[Outcome] | None:
        """The outcomes if already computed, else None (never runs anything)."""
        return self._outcomes.get((entry.name, device))
