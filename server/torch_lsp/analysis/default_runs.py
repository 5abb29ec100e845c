"""A script that parses a command line the engine does not know is interpreted a second time with that command line
empty, as `python script.py` runs it: `parse_args()` gives every option its default. A call that raises there
raises when the program is run with its defaults, and is reported so (naming the int options' defaults) where the
first interpretation, which keeps the options as named sizes, found no error on that line (a warning there, for
sizes that may make the call raise, gives way to it); not where a branch whose test the engine did not decide ran it
(the run may not take that branch)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .interpreter import Interpreter, Issue
from .values import Const, Sequence, Value

EMPTY_COMMAND_LINE = Sequence((Const("script.py"),), "list")


def with_errors_at_defaults(
    interpret: Callable[[Value], Interpreter], defaults: dict[str, int], found: list[Issue]
) -> list[Issue]:
    """`found` with the errors of the run with an empty command line on lines where it has no error, which replace
    its warnings there (`interpret` runs the program with `sys.argv` as given)."""
    second = interpret(EMPTY_COMMAND_LINE)
    lines = {issue.line for issue in found if issue.sure}
    assuming = tuple(defaults.items())
    at_defaults = [
        replace(issue, error=replace(issue.error, assuming=assuming))
        for issue in second.issues.values()
        if issue.sure and not issue.undecided and issue.line not in lines
    ]
    raised = {issue.line for issue in at_defaults}
    return [issue for issue in found if issue.line not in raised] + at_defaults
