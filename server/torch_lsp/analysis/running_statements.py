"""A statement stops at the first exception raised while it runs: once a call in it surely raised (a sure shape
error, with no `try`, undecided `if`, loop run as a fix-point or generator between the statement and the call), the
calls it would have made after that one never run, and what they would raise is no error of the program's. A loop
run item by item, a decided `if`, a function's body, a `with` that swallows nothing and a script end at it as
well."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

# what stands between a statement and a call it makes: undecided branches, guarded bodies, fix-point loops, calls
Levels = tuple[int, int, int, int]


@dataclass
class _Running:
    levels: Levels
    stopped: bool = False


class RunningStatements:
    """The statements being run, innermost last, and whether each has stopped at a sure error."""

    def __init__(self) -> None:
        self._running: list[_Running] = []

    @contextlib.contextmanager
    def running(self, levels: Levels, counted: bool = True) -> Iterator[None]:
        """A statement, or a script's body, runs at `levels` (not `counted`: a notebook's, whose cells run apart)."""
        if counted:
            self._running.append(_Running(levels))
        try:
            yield
        finally:
            if counted:
                self._running.pop()

    def raised(self, levels: Levels, through_generator: int | None) -> None:
        """A call surely raised at `levels`: the statements it ends stop, those at its undecided, guarded and loop
        levels that did not call the innermost generator running (`through_generator`: its depth in the calls)."""
        for statement in reversed(self._running):
            if statement.levels[:3] != levels[:3] or (
                through_generator is not None and statement.levels[3] <= through_generator
            ):
                return
            statement.stopped = True

    def stopped(self) -> bool:
        """Whether a statement being run has stopped at a sure error: what runs now never runs in the program."""
        return any(statement.stopped for statement in self._running)
