"""The clock an analysis budget is counted on: the CPU time of the thread analysing, so what an analysis finds
within its budget is the same however busy the machine is (other processes, the server's other threads)."""

from __future__ import annotations

import time


def now() -> float:
    """Seconds of CPU time the calling thread has used."""
    return time.thread_time()
