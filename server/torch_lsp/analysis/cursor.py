"""Find the name under the cursor: in the syntax tree, or from a line of text where the code does not parse."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def word_span(line: str, char: int) -> tuple[int, int] | None:
    """The [start, end) of the identifier at or just before `char`, or None."""
    for match in _IDENT.finditer(line):
        if match.start() <= char <= match.end() and (char < match.end() or char == match.end()):
            return match.start(), match.end()
    return None


def dotted_at(line: str, char: int) -> tuple[list[str], int, int] | None:
    """The dotted name ending with the word under the cursor: `F.relu` in `y = F.relu(x)` -> ['F', 'relu']."""
    span = word_span(line, char)
    if span is None or _in_string_or_comment(line, span[0]):
        return None
    start, end = span
    parts = [line[start:end]]
    while True:
        index = start - 1
        while index >= 0 and line[index] == " ":
            index -= 1
        if index < 0 or line[index] != ".":
            break
        index -= 1
        while index >= 0 and line[index] == " ":
            index -= 1
        word_end = index + 1
        while index >= 0 and (line[index].isalnum() or line[index] == "_"):
            index -= 1
        word = line[index + 1 : word_end]
        if not word or not _IDENT.fullmatch(word):
            return None
        parts.insert(0, word)
        start = index + 1
    return parts, start, end


def attribute_at(line: str, char: int) -> tuple[str, int, int] | None:
    """The attribute name under the cursor whose receiver is not a plain name (`f(x).sum`, `xs[0].view`)."""
    span = word_span(line, char)
    if span is None or _in_string_or_comment(line, span[0]):
        return None
    before = line[: span[0]].rstrip()
    if not before.endswith(".") or not before[:-1].rstrip().endswith((")", "]")):
        return None
    return line[span[0] : span[1]], span[0], span[1]


def _in_string_or_comment(line: str, char: int) -> bool:
    quote: str | None = None
    index = 0
    while index < char:
        c = line[index]
        if quote:
            if c == "\\":
                index += 1
            elif line.startswith(quote, index):
                index += len(quote) - 1
                quote = None
        elif c == "#":
            return True
        elif c in "\"'":
            quote = c * 3 if line.startswith(c * 3, index) else c
            index += len(quote) - 1
        index += 1
    return quote is not None


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
    """The name segments of a parsed unit, by line, for finding the one under the cursor."""

    def __init__(self, tree: ast.Module, lines: list[str]) -> None:
        self._by_line: dict[int, list[NameSite]] = {}
        callees = {id(n.func): n for n in ast.walk(tree) if isinstance(n, ast.Call)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                name, end_line, end_byte = node.id, node.end_lineno, node.end_col_offset
            elif isinstance(node, ast.Attribute):
                name, end_line, end_byte = node.attr, node.end_lineno, node.end_col_offset
            else:
                continue
            if end_line is None or end_byte is None or end_line > len(lines):
                continue
            line = end_line - 1
            end = _char_column(lines[line], end_byte)
            site = NameSite(name, line, end - len(name), end, node, _dotted(node), callees.get(id(node)))
            self._by_line.setdefault(line, []).append(site)

    def at(self, line: int, char: int) -> NameSite | None:
        """The name segment at or just before `char` on `line` (the nearest-ending one if several touch it)."""
        touching = [s for s in self._by_line.get(line, ()) if s.start <= char <= s.end]
        return min(touching, key=lambda s: (s.end - s.start, s.end)) if touching else None


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
