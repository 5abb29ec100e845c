"""`typing.NamedTuple` as a base class: its subclasses' instances are tuples with named fields (see
overlays.dataclasses for how the fields are read from the class body)."""

from __future__ import annotations

from ..values import Instance, Value

NAMED_TUPLE = Instance("typing.NamedTuple")

MEMBERS: dict[str, Value] = {"NamedTuple": NAMED_TUPLE}
