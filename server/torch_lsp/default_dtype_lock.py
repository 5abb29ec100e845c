"""torch's default dtype is one for the whole process: an analysis following a program that sets it holds `CHANGED`
while the default differs from the one it found (see analysis/default_dtypes), and code running torch in another
thread for what it shows (the cheat sheet's examples) takes it first."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

CHANGED = threading.RLock()


@contextmanager
def unchanged_default_dtype() -> Iterator[None]:
    """Run torch with the default dtype no analysis has changed."""
    with CHANGED:
        yield
