"""Read the expression under the cursor from a line of text (works on code that does not parse)."""

from __future__ import annotations

import re

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
