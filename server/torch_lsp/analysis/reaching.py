"""Which binding of a name reaches a line. A binding runs on every path to the line when every statement list around
it also holds the line; from the last such binding on, the name may hold what any later binding gave it: one after it
and before the line (`x = conv(x)`, then `if flag: x = pool(x)`: after the `if`, x is either), or one further down
a loop around the line that it is not in (the line runs again after it). The latest binding before the line holds
there only when all of those agree with it."""

from __future__ import annotations

import ast
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

Spans = tuple[tuple[int, int], ...]
# bodies that are no branch: a scope's own (its first lines run before its later ones), and a `with` body, which
# runs whenever the lines after it do (the managers code uses, `torch.no_grad()` or a file, swallow no exception)
_RUN_THROUGH = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.With, ast.AsyncWith)


class _Bound(Protocol):
    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


B = TypeVar("B", bound=_Bound)


def block_spans(tree: ast.Module, line_count: int) -> dict[int, Spans]:
    """0-based line -> the 0-based line spans of the branch and loop bodies around the statement on that line (a
    `for` header counts as inside its body: its target is bound only when the body runs). A body reaches down to
    the next clause or statement, so a line being typed at its end is inside it."""
    found: dict[int, Spans] = {}

    def visit(body: Sequence[ast.stmt], around: Spans, end: int) -> None:
        for index, statement in enumerate(body):
            after = body[index + 1].lineno - 2 if index + 1 < len(body) else end  # up to the next statement
            bodies = sorted(_bodies(statement), key=lambda b: b[0].lineno)
            firsts = [nested[0].lineno - 1 for nested in bodies]
            lasts = [first - 2 for first in firsts[1:]] + [after]  # up to the next clause's header (`else:`)
            spans = [(first, max(first, last)) for first, last in zip(firsts, lasts[: len(firsts)], strict=True)]
            header = (*around, spans[0]) if isinstance(statement, (ast.For, ast.AsyncFor)) and spans else around
            for line in range(statement.lineno - 1, firsts[0] if firsts else after + 1):
                found[line] = header
            runs_through = isinstance(statement, _RUN_THROUGH)
            for nested, span in zip(bodies, spans, strict=True):
                visit(nested, around if runs_through else (*around, span), span[1])

    visit(tree.body, (), line_count - 1)
    return found


def _bodies(statement: ast.stmt) -> list[list[ast.stmt]]:
    """The statement lists a compound statement holds (none for a simple statement)."""
    lists = [getattr(statement, field, None) for field in ("body", "orelse", "finalbody")]
    lists += [handler.body for handler in getattr(statement, "handlers", [])]
    lists += [case.body for case in getattr(statement, "cases", [])]
    return [body for body in lists if isinstance(body, list) and body and isinstance(body[0], ast.stmt)]


def reaching(bindings: Sequence[B], line: int, spans: dict[int, Spans], agree: Callable[[B, B], bool]) -> B | None:
    """The binding that holds at `line` among one scope's `bindings` of a name (sorted by place); None when
    several may reach it and they do not all `agree` with the latest."""
    before = [b for b in bindings if b.line <= line]
    if not before:
        return None
    latest = before[-1]
    dominators = [b for b in before if _runs_on_every_path(b, line, spans)]
    if not dominators:
        return None  # the name may hold what it held before this scope bound it
    first = dominators[-1]
    since = [b for b in before if (b.line, b.column) > (first.line, first.column)]
    around_line = {s for b in bindings for s in spans.get(b.line, ()) if s[0] <= line <= s[1]}
    looping = [s for s in around_line if not s[0] <= first.line <= s[1]]  # re-entered without passing `first`
    later = [b for b in bindings if b.line > line and any(s in looping for s in spans.get(b.line, ()))]
    return latest if all(agree(b, latest) for b in (first, *since, *later)) else None


def _runs_on_every_path(binding: _Bound, line: int, spans: dict[int, Spans]) -> bool:
    return all(start <= line <= end for start, end in spans.get(binding.line, ()))
