"""`t[key] = value` on a tensor: torch writes the value into the region the key selects, broadcast to it (leading
dimensions of size 1 dropped first), and raises where it cannot (a batch of 8 observations stored in a slot of
one). The store runs on the probes like any op, on a copy of the tensor, so that such a mismatch is reported
where the store is."""

from __future__ import annotations

from typing import Any


def stored(tensor: Any, key: Any, value: Any) -> Any:
    """A copy of `tensor` with `value` written at `key`, as `tensor[key] = value` leaves it."""
    written = tensor.clone()
    written[key] = value
    return written
