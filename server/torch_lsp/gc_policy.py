"""Keep garbage collection out of the edit → hints path.

A full collection walks every tracked object: with torch and sympy loaded that is ~250 ms on a small
CPU, and CPython starts one every few analyses, in the middle of whichever comes next. The server
freezes what loading created (modules live as long as the process) and runs full collections itself
when the analysis thread is idle.
"""

from __future__ import annotations

import gc

# CPython starts a full collection after ten collections of the middle generation; so does `collect_if_due`.
_DUE = 10
_NEVER = 1 << 30


def defer_full_collections() -> None:
    """Stop automatic full collections; `collect_if_due` runs them at idle moments instead."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, _NEVER)


def freeze_loaded() -> None:
    """Exclude every object alive now from future collections (call after loading modules)."""
    gc.freeze()


def collect_if_due() -> bool:
    """Run a full collection if CPython would have started one by now; whether it ran."""
    if gc.get_count()[2] < _DUE:
        return False
    gc.collect()
    return True
