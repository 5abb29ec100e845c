"""Exceptions inside the engine's handlers: users get an unknown value, developers get a count, the first
traceback and a debug log line, and in strict mode (`TORCH_LSP_STRICT=1`, set by the test suite) the exception
itself, so that a bug in a handler cannot pass for an unmodelled construct."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from dataclasses import dataclass

from .symbols import SymbolsDeferred

log = logging.getLogger(__name__)

# Not bugs: a value that needs symbolic sizes before they are loaded, and Python's recursion limit reached
# by interpreting deeply recursive user code.
DELIBERATE: tuple[type[Exception], ...] = (SymbolsDeferred, RecursionError)


STRICT_EXIT_CODE = 70


def strict_mode() -> bool:
    """Whether internal exceptions propagate (`TORCH_LSP_STRICT=1`)."""
    return os.environ.get("TORCH_LSP_STRICT") == "1"


def exit_if_strict(error: BaseException) -> None:
    """In strict mode, end the server with the traceback on stderr: the test driving it then fails."""
    if strict_mode():
        traceback.print_exception(error, file=sys.stderr)
        sys.stderr.flush()
        os._exit(STRICT_EXIT_CODE)


@dataclass
class InternalErrors:
    """The internal exceptions one analysis met: how many, and the first one's traceback."""

    strict: bool = False
    count: int = 0
    first: str | None = None

    def record(self, error: Exception) -> None:
        """Count `error` and keep its traceback if it is the first; re-raise it in strict mode."""
        if isinstance(error, DELIBERATE):
            return
        if self.strict:
            raise error
        self.count += 1
        text = "".join(traceback.format_exception(error))
        if self.first is None:
            self.first = text
        log.debug("internal exception in the shape engine (the value becomes unknown):\n%s", text)
