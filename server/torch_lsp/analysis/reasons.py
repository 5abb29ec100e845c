"""Why a value has no shape: the first argument of a torch call the engine could not evaluate, by line.

Recorded only when a call gives up (never on the hot path) and put into words when asked: a hover on a
variable that has no shape, or `torch-lsp check --explain`. An argument that is a variable without a
value itself leads to that variable's own reason, so the explanation names the first cause.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    """A call at `line` (0-based) gave up on the argument written `code`, `name` when it is a plain variable."""

    line: int
    code: str
    op: str
    slot: str
    name: str | None = None

    @property
    def cause(self) -> str:
        """What kind of thing could not be evaluated, for summaries: `torch.randn(generator=)`."""
        return f"{self.op}({self.slot})"


def argument_reason(node: ast.AST, op: str, position: int | None, keyword: str | None, method: bool) -> Reason | None:
    """The reason for a call `node` that gave up on its argument at `position` (the receiver counts as 0 for
    tensor methods, `method`) or named `keyword`."""
    if not isinstance(node, ast.Call):
        return None
    argument: ast.AST | None = None
    code = None
    if keyword is not None:
        found = next((k for k in node.keywords if k.arg == keyword), None)
        argument, code = (found.value, f"{keyword}={ast.unparse(found.value)}") if found else (None, None)
    elif position is not None and not any(isinstance(a, ast.Starred) for a in node.args):
        receiver = node.func.value if method and isinstance(node.func, ast.Attribute) else None
        listed = [receiver, *node.args] if receiver is not None else list(node.args)
        argument = listed[position] if position < len(listed) else None
        code = ast.unparse(argument) if argument is not None else None
    if argument is None or code is None:
        return None
    line = getattr(argument, "lineno", getattr(node, "lineno", 1)) - 1
    name = argument.id if isinstance(argument, ast.Name) else None
    return Reason(line, code, op, f"{keyword}=" if keyword else str(position), name)
