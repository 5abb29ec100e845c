"""Find the name under the cursor: in the syntax tree, or from a line of text where the code does not parse."""

from __future__ import annotations

import ast
import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from . import lexer
from .lexer import NAME, Token, is_op


def dotted_at(line: str, char: int) -> tuple[list[str], int, int] | None:
    """The dotted name ending with the word under the cursor: `F.relu` in `y = F.relu(x)` -> ['F', 'relu']."""
    tokens = lexer.tokenize(line)
    last = _name_at(tokens, char)
    first = lexer.dotted_name(tokens, last) if last is not None else None
    if last is None or first is None or (first > 0 and is_op(tokens[first - 1], ".")):
        return None
    return list(lexer.names_of(tokens, first, last)), tokens[first].start, tokens[last].end


def attribute_at(line: str, char: int) -> tuple[str, int, int] | None:
    """The attribute name under the cursor whose receiver is not a plain name (`f(x).sum`, `xs[0].view`)."""
    tokens = lexer.tokenize(line)
    index = _name_at(tokens, char)
    if index is None or index < 2 or not is_op(tokens[index - 1], ".") or not is_op(tokens[index - 2], ")]"):
        return None
    name = tokens[index]
    return name.text, name.start, name.end


def _name_at(tokens: Sequence[Token], char: int) -> int | None:
    """The index of the name at or just before `char` (names in strings and comments are not names)."""
    return next((i for i, t in enumerate(tokens) if t.kind == NAME and t.start <= char <= t.end), None)


@dataclass(frozen=True)
class NameSite:
    """One name segment of an expression: a bare name, or the attribute name of `receiver.name`.

    Lines and columns are the unit's lines and character columns; `dotted` is the whole dotted name when the
    expression is names and dots only (`torch.nn.functional.relu`), `call` the call this segment is the callee of.
    """

    name: str
    line: int
    start: int
    end: int
    node: ast.Name | ast.Attribute
    dotted: tuple[str, ...] | None
    call: ast.Call | None


class NameSites:
    """The name segments of a parsed unit, found in the innermost statement at the cursor's line."""

    def __init__(self, tree: ast.Module, lines: list[str]) -> None:
        self._tree = tree
        self._lines = lines
        self._by_statement: dict[int, list[NameSite]] = {}

    def at(self, line: int, char: int) -> NameSite | None:
        """The name segment at or just before `char` on `line` (the shortest if several touch it)."""
        sites = []
        for statement in _innermost_statements(self._tree.body, line):
            if id(statement) not in self._by_statement:
                self._by_statement[id(statement)] = self._sites(statement)
            sites += self._by_statement[id(statement)]
        touching = [s for s in sites if s.line == line and s.start <= char <= s.end]
        return min(touching, key=lambda s: (s.end - s.start, s.end)) if touching else None

    def _sites(self, statement: ast.stmt) -> list[NameSite]:
        nodes = list(_walk_own(statement))
        callees = {id(n.func): n for n in nodes if isinstance(n, ast.Call)}
        sites = []
        for node in nodes:
            if not isinstance(node, (ast.Name, ast.Attribute)) or node.end_lineno is None:
                continue
            name = node.id if isinstance(node, ast.Name) else node.attr
            line = node.end_lineno - 1
            if line >= len(self._lines) or node.end_col_offset is None:
                continue
            end = _char_column(self._lines[line], node.end_col_offset)
            sites.append(NameSite(name, line, end - len(name), end, node, _dotted(node), callees.get(id(node))))
        return sites


_BODIES = ("body", "orelse", "finalbody", "handlers", "cases")


def _innermost_statements(body: list[ast.stmt], line: int) -> list[ast.stmt]:
    """The innermost statements whose lines include `line` (a compound statement's header included; several
    when `;` puts them on one line)."""
    found: list[ast.stmt] = []
    for statement in reversed(body[: bisect.bisect_right([s.lineno - 1 for s in body], line)]):
        if (statement.end_lineno or 0) - 1 < line:
            break
        blocks: list[list[ast.stmt]] = []
        for field_name in _BODIES:
            children = getattr(statement, field_name, None) or []
            blocks.append([c for c in children if isinstance(c, ast.stmt)])
            blocks.extend(c.body for c in children if not isinstance(c, ast.stmt))  # except handlers, match cases
        inner = [nested for block in blocks for nested in _innermost_statements(block, line)]
        found += inner or [statement]
    return found


def _walk_own(statement: ast.stmt) -> list[ast.AST]:
    """The nodes of a statement outside its nested blocks of statements."""
    found: list[ast.AST] = []
    pending: list[ast.AST] = [statement]
    while pending:
        node = pending.pop()
        found.append(node)
        for field_name, value in ast.iter_fields(node):
            if node is statement and field_name in _BODIES:
                continue
            children = value if isinstance(value, list) else [value]
            pending.extend(c for c in children if isinstance(c, ast.AST) and not isinstance(c, ast.stmt))
    return found


def _char_column(line: str, byte_column: int) -> int:
    return byte_column if line.isascii() else len(line.encode("utf-8")[:byte_column].decode("utf-8", "ignore"))


def _dotted(node: ast.expr) -> tuple[str, ...] | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return tuple(reversed(parts))
