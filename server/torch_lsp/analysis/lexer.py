"""One tolerant lexer for Python as an editor holds it: half-typed, unterminated, in notebook cells.

Unlike `tokenize`, it never raises. A string whose closing quote is missing is a STRING token marked
unclosed (a one-line string ends with its line, a triple-quoted one with the text); an f-string is one
STRING, as Python 3.11's tokenizer reads it; brackets left open stay open, except that a line starting
at column 0 with a name or `@` starts a new statement (the brackets before it were left open by
mistake). At the start of a statement, a `!shell` line is one MAGIC token, and so is a `%magic` word
(its arguments are lexed as Python). Any other character is an ERROR token. A newline is a NEWLINE token
where it ends a statement, an NL token inside brackets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

NAME, NUMBER, STRING, OP, COMMENT = "name", "number", "string", "op", "comment"
NEWLINE, NL, CONTINUATION, MAGIC, ERROR = "newline", "nl", "continuation", "magic", "error"
OPENING, CLOSING = "([{", ")]}"
LINE_BREAKS = frozenset({NEWLINE, NL, CONTINUATION})
NON_CODE = LINE_BREAKS | {COMMENT}

_TOKEN = re.compile(  # the most frequent tokens first: the alternatives are tried in order
    r"[ \t\f]*(?:(?P<name>[^\W\d]\w*)"
    r"|(?P<op>\*\*=?|//=?|>>=?|<<=?|->|:=|\.\.\.|!=|[-+*/%@&|^=<>]=?|[~,:;()\[\]{}]|\.(?!\d))"
    r"|(?P<newline>\r\n|\r|\n)"
    r"|(?P<string>'''|\"\"\"|'|\")"
    r"|(?P<number>0[xXoObB][0-9a-fA-F_]*|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)"
    r"|(?P<comment>#[^\r\n]*)"
    r"|(?P<continuation>\\(?:\r\n|\r|\n))"
    r"|(?P<error>[^ \t\f]))"
)
_STRING_PREFIXES = frozenset({"r", "u", "b", "f", "br", "rb", "fr", "rf"})
_TRIPLE_QUOTES = ("'''", '"""')
_SHELL_LINE = re.compile(r"![^\r\n]*")
_MAGIC_WORD = re.compile(r"%%?\w*")
_STATEMENT_START = re.compile(r"[^\W\d]|@")
_STRING_BODY = {
    "'": re.compile(r"[^'\\\r\n]*(?:\\(?:\r\n|[\s\S])?[^'\\\r\n]*)*"),
    '"': re.compile(r'[^"\\\r\n]*(?:\\(?:\r\n|[\s\S])?[^"\\\r\n]*)*'),
    "'''": re.compile(r"[^'\\]*(?:(?:\\[\s\S]?|'(?!''))[^'\\]*)*"),
    '"""': re.compile(r'[^"\\]*(?:(?:\\[\s\S]?|"(?!""))[^"\\]*)*'),
}


class Token(NamedTuple):
    """One token: its kind, text and [start, end) offsets, the brackets open around it, and for a string
    whether its closing quote is there."""

    kind: str
    text: str
    start: int
    end: int
    depth: int
    closed: bool = True


_new_token = tuple.__new__  # NamedTuple's own constructor costs as much as the rest of the loop


def iter_tokens(text: str) -> Iterator[Token]:
    """The tokens of `text`, lazily (whitespace between them is skipped)."""
    match = _TOKEN.match
    position = 0
    stack: list[str] = []
    statement_start = True  # nothing but indentation since the last statement ended
    while (found := match(text, position)) is not None:
        kind = found.lastgroup or ERROR
        start, end = found.span(kind)
        depth = len(stack)
        closed = True
        if statement_start:
            statement_start = False
            if not stack and text[start] in "!%":
                magic = (_SHELL_LINE if text[start] == "!" else _MAGIC_WORD).match(text, start)
                assert magic is not None  # both patterns match the character alone
                kind, end = MAGIC, magic.end()
        if kind == NAME:
            if text.startswith(("'", '"'), end) and text[start:end].lower() in _STRING_PREFIXES:
                kind = STRING
                end, closed = _string_end(text, end)
        elif kind == OP:
            if text[start] in OPENING:
                stack.append(text[start])
            elif text[start] in CLOSING and stack:
                stack.pop()
                depth -= 1
        elif kind == STRING:
            end, closed = _string_end(text, start)
        elif kind == NEWLINE:
            if stack and _STATEMENT_START.match(text, end) is None:
                kind = NL
            else:
                stack.clear()
                depth, statement_start = 0, True
        yield _new_token(Token, (kind, text[start:end], start, end, depth, closed))
        position = end


def _string_end(text: str, quote_start: int) -> tuple[int, bool]:
    """Where the string whose quote starts at `quote_start` ends, and whether its closing quote is there."""
    quote = text[quote_start : quote_start + 3]
    if quote not in _TRIPLE_QUOTES:
        quote = quote[0]
    body = _STRING_BODY[quote].match(text, quote_start + len(quote))
    assert body is not None  # the pattern matches the empty string
    closed = text.startswith(quote, body.end())
    return (body.end() + len(quote) if closed else body.end()), closed


def tokenize(text: str) -> list[Token]:
    """All the tokens of `text`."""
    return list(iter_tokens(text))


def is_op(token: Token | None, chars: str) -> bool:
    """Whether `token` is an operator among the one-character operators `chars`."""
    return token is not None and token.kind == OP and len(token.text) == 1 and token.text in chars


def unclosed_string_at_end(tokens: Sequence[Token], text: str) -> Token | None:
    """The string the end of `text` is inside (its closing quote missing), or None."""
    last = tokens[-1] if tokens else None
    return last if last is not None and last.kind == STRING and not last.closed and last.end == len(text) else None


def in_comment_at_end(tokens: Sequence[Token], text: str) -> bool:
    """Whether the end of `text` is inside a comment."""
    return bool(tokens) and tokens[-1].kind == COMMENT and tokens[-1].end == len(text)


def open_brackets(tokens: Sequence[Token]) -> list[int]:
    """The indices of the brackets still open after the last token, outermost first."""
    if not tokens:
        return []
    last = tokens[-1]
    need = last.depth + (1 if is_op(last, OPENING) else 0)
    found: list[int] = []
    for index in range(len(tokens) - 1, -1, -1):
        if need == 0:
            break
        token = tokens[index]
        if token.depth == need - 1 and is_op(token, OPENING):
            found.append(index)
            need -= 1
    return found[::-1]


def closing_bracket(tokens: Sequence[Token], opening: int) -> int | None:
    """The index of the bracket that closes the one at `opening`, or None if it stays open."""
    depth = tokens[opening].depth
    for index in range(opening + 1, len(tokens)):
        token = tokens[index]
        if token.kind == NEWLINE:
            return None
        if token.depth == depth and is_op(token, CLOSING):
            return index
    return None


def split_arguments(tokens: Sequence[Token], opening: int, end: int) -> list[list[Token]]:
    """The tokens between the bracket at `opening` and index `end`, split at that bracket's own commas."""
    depth = tokens[opening].depth + 1
    pieces: list[list[Token]] = [[]]
    for token in tokens[opening + 1 : end]:
        if token.depth == depth and is_op(token, ","):
            pieces.append([])
        else:
            pieces[-1].append(token)
    return pieces


def code_text(text: str, tokens: Sequence[Token]) -> str:
    """The source of `tokens` without comments or line breaks (each replaced by a space), stripped."""
    parts: list[str] = []
    previous_end: int | None = None
    for token in tokens:
        if token.kind in NON_CODE:
            previous_end = None
            continue
        if parts:
            parts.append(text[previous_end : token.start] if previous_end is not None else " ")
        parts.append(token.text)
        previous_end = token.end
    return "".join(parts)


def dotted_name(tokens: Sequence[Token], last: int) -> int | None:
    """The index of the first name of the dotted name (`a.b.c`) that ends with the name at `last`."""
    if tokens[last].kind != NAME:
        return None
    first = last
    while first >= 2 and is_op(tokens[first - 1], ".") and tokens[first - 2].kind == NAME:
        first -= 2
    return first


def names_of(tokens: Sequence[Token], first: int, last: int) -> tuple[str, ...]:
    """The names of the dotted name from `first` to `last` (inclusive)."""
    return tuple(tokens[index].text for index in range(first, last + 1, 2))


def line_start(tokens: Sequence[Token]) -> int:
    """The offset where the last physical line begins (after the last line break token)."""
    return next((token.end for token in reversed(tokens) if token.kind in LINE_BREAKS), 0)


def split_top_level(text: str) -> list[str]:
    """The pieces of `text` between its commas outside brackets and strings; stripped, empty ones dropped."""
    pieces: list[list[Token]] = [[]]
    for token in iter_tokens(text):
        if token.depth == 0 and is_op(token, ","):
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [piece for piece in (code_text(text, tokens) for tokens in pieces) if piece]


def bracketed(text: str, opening: int) -> str | None:
    """The text inside the bracket at offset `opening` of `text`, or None if it is not closed."""
    tokens = tokenize(text)
    index = next((i for i, token in enumerate(tokens) if token.start == opening), None)
    if index is None or not is_op(tokens[index], OPENING):
        return None
    close = closing_bracket(tokens, index)
    return text[opening + 1 : tokens[close].start] if close is not None else None
