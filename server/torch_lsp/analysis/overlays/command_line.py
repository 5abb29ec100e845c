"""`sys`: the command line a program sets itself (`sys.argv = [...]`, as notebooks and drivers do before calling
`parse_args()`) is what `sys.argv` reads, and what `parse_args()` parses, from then on."""

from __future__ import annotations

from ..values import Instance, Sequence, Value

SYS = Instance("sys")
# the module variable that holds what the program set `sys.argv` to: a name no Python variable can have, so that
# branches and loops join it as they join the program's own variables
ARGV = "sys.argv"


def words(argv: Value) -> list[Value] | None:
    """The arguments after the program's name in a command line of known items; None for any other value."""
    if isinstance(argv, Sequence) and argv.kind == "list" and argv.items:
        return list(argv.items[1:])
    return None


MEMBERS: dict[str, Value] = {}
