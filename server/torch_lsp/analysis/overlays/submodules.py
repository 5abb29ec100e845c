"""A submodule of a modelled library (`np.random`, `torchvision.transforms`): its members by name."""

from __future__ import annotations

from dataclasses import dataclass

from ..values import UNKNOWN, Modelled, Value


@dataclass(frozen=True, eq=False)
class Submodule(Modelled):
    """A modelled library's submodule: what reading each of its members gives."""

    members: dict[str, Value]

    def member(self, name: str) -> Value:
        """The member `name` (UNKNOWN when it is not modelled)."""
        return self.members.get(name, UNKNOWN)
