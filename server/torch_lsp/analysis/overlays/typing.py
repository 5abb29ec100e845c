"""`typing.NamedTuple` as a base class: its subclasses' instances are tuples with named fields (see
overlays.dataclasses for how the fields are read from the class body)."""

from __future__ import annotations

from typing import Any

from ..values import Instance

NAMED_TUPLE = Instance("typing.NamedTuple")

MEMBERS: dict[str, Any] = {"NamedTuple": NAMED_TUPLE}
