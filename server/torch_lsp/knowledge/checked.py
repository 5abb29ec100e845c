"""Verified outcomes of the knowledge base's examples on the active device, computed once and cached."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable

from .model import Entry
from .verify import Outcome, verify_entry

_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")


def named_in(source: str, entries: Iterable[Entry]) -> list[Entry]:
    """The entries one of whose names ends in an identifier that `source` contains."""
    used = set(_IDENTIFIER.findall(source))
    return [entry for entry in entries if any(name.rpartition(".")[2] in used for name in (entry.name, *entry.aliases))]


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

    def check_ahead(self, entries: Iterable[Entry], device: str, interrupted: Callable[[], bool]) -> None:
        """Run the examples of `entries` not checked yet, so that their first hover is instant; stop as soon as
        `interrupted()`."""
        for entry in entries:
            if interrupted():
                return
            self.outcomes(entry, device)
