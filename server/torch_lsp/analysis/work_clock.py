"""The clock an analysis budget is counted on: the CPU time of the thread analysing, so the time it spends waiting
for a busy machine (other processes, the server's other threads) does not count against it."""

from __future__ import annotations

import time


def now() -> float:
    """Seconds of CPU time the calling thread has used."""
    return time.thread_time()
