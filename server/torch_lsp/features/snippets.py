"""Snippet collection: load `snippets/*.json` and offer the snippets at statement positions.

The files use VS Code's snippet format (`prefix`, `body`, `description`) plus `descriptionZh`,
`scope` ("statement": any statement position; "toplevel": column 0 outside any block) and
`imports` (the import lines the body needs).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, replace
from importlib import resources

from lsprotocol import types

from ..analysis import lexer
from ..analysis.lexer import COMMENT, CONTINUATION, LINE_BREAKS, NAME, NEWLINE, NON_CODE, OP, Token, is_op

SCOPES = ("statement", "toplevel")
_REQUIRED_KEYS = frozenset({"prefix", "body", "description", "descriptionZh", "scope"})
_OPTIONAL_KEYS = frozenset({"imports"})

# Snippet syntax: $1, ${1}, ${1:default (may nest)}, ${1|first,second|}; `\` escapes `$`, `}` and `\`.
_BARE_STOP = re.compile(r"\$(\d+)|\$\{(\d+)\}")
_CHOICE_STOP = re.compile(r"\$\{(\d+)\|((?:\\.|[^\\|])*)\|\}")
_PLACEHOLDER_START = re.compile(r"\$\{(\d+):")
_FIRST_CHOICE = re.compile(r"(?:\\.|[^\\,])*")
_CHOICE_ESCAPE = re.compile(r"\\([,|\\])")

# Statement-position analysis.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WORD_BEFORE_CURSOR = re.compile(r"[ \t\f]*([\w-]*)")
_OPERATOR_ENDS = "-+*/%@&|^~<>=!,."  # the last character of an operator that needs an operand after it
_KEYWORD_OPERATORS = frozenset({"and", "or", "not", "in", "is", "if", "else"})


class SnippetError(ValueError):
    """A snippet file does not follow the expected format."""


@dataclass(frozen=True)
class Snippet:
    """One snippet: the VS Code fields plus the Chinese description, scope and required imports."""

    name: str
    prefix: str
    body: tuple[str, ...]
    description: str
    description_zh: str
    scope: str
    imports: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The body as one snippet string."""
        return "\n".join(self.body)

    def pick(self, language: str) -> str:
        """Return the description in `language` ('zh' or 'en')."""
        return self.description_zh if language == "zh" else self.description


@dataclass(frozen=True)
class _TabStop:
    index: int
    default: _Parts | None  # None for a bare `$n`, which mirrors stop n


_Parts = tuple[str | _TabStop, ...]


@dataclass(frozen=True)
class _Context:
    """What the complete lines before the cursor's line leave open."""

    in_string: bool
    open_brackets: int
    continued: bool  # the last line ends with a backslash
    last_line: tuple[Token, ...]  # the code tokens of the last logical line
    last_indented: bool  # whether that logical line starts indented


def load_snippets() -> list[Snippet]:
    """Return every snippet of the package's `snippets/*.json` files, sorted by prefix."""
    return list(_load_all())


def expand_snippet(text: str) -> str:
    """Replace every tab stop by its default: the placeholder text, the first choice, or nothing."""
    parts = _parse(text)
    defaults: dict[int, _Parts] = {}
    _collect_defaults(parts, defaults)
    return _render(parts, defaults)


def snippet_completions(source: str, line: int, character: int, language: str) -> list[types.CompletionItem]:
    """Return the snippet completion items for the cursor, or none where no statement can start."""
    lines = _LINE_BREAK.split(source)
    if not 0 <= line < len(lines):
        return []
    current = lines[line]
    character = max(0, min(character, len(current)))
    match = _WORD_BEFORE_CURSOR.fullmatch(current[:character])
    if match is None:
        return []
    context = _CONTEXTS.of("".join(text + "\n" for text in lines[:line]))
    if context.in_string or context.open_brackets or context.continued or _expects_more(context.last_line):
        return []
    word_start = match.start(1)
    toplevel = word_start == 0 and not _inside_block(context, lines[line + 1 :])
    edit_range = types.Range(
        start=types.Position(line=line, character=word_start),
        end=types.Position(line=line, character=character),
    )
    return [
        _completion_item(snippet, language, edit_range)
        for snippet in _load_all()
        if toplevel or snippet.scope == "statement"
    ]


@functools.cache
def _load_all() -> tuple[Snippet, ...]:
    folder = resources.files("torch_lsp") / "snippets"
    snippets: list[Snippet] = []
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".json"):
            tables = json.loads(entry.read_text(encoding="utf-8"))
            snippets.extend(_snippet(name, table, f"{entry.name}: {name!r}") for name, table in tables.items())
    prefixes = [snippet.prefix for snippet in snippets]
    duplicates = sorted({prefix for prefix in prefixes if prefixes.count(prefix) > 1})
    if duplicates:
        raise SnippetError(f"duplicate snippet prefixes: {duplicates}")
    return tuple(sorted(snippets, key=lambda snippet: snippet.prefix))


def _snippet(name: str, table: object, where: str) -> Snippet:
    if not isinstance(table, dict):
        raise SnippetError(f"{where}: a snippet must be a JSON object")
    missing, unknown = _REQUIRED_KEYS - table.keys(), table.keys() - _REQUIRED_KEYS - _OPTIONAL_KEYS
    if missing or unknown:
        raise SnippetError(f"{where}: missing keys {sorted(missing)}, unknown keys {sorted(unknown)}")
    if table["scope"] not in SCOPES:
        raise SnippetError(f"{where}: scope must be one of {SCOPES}")
    for key in ("body", "imports"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise SnippetError(f"{where}: {key} must be a list of strings")
    for key in ("prefix", "description", "descriptionZh"):
        if not isinstance(table[key], str) or not table[key].strip():
            raise SnippetError(f"{where}: {key} must be a non-empty string")
    snippet = Snippet(
        name=name,
        prefix=table["prefix"],
        body=tuple(table["body"]),
        description=table["description"],
        description_zh=table["descriptionZh"],
        scope=table["scope"],
        imports=tuple(table.get("imports", ())),
    )
    try:
        _parse(snippet.text)
    except SnippetError as error:
        raise SnippetError(f"{where}: {error}") from None
    return snippet


def _parse(text: str) -> _Parts:
    return _parse_from(text, 0, nested=False)[0]


def _parse_from(text: str, pos: int, nested: bool) -> tuple[_Parts, int]:
    """Parse snippet syntax from `pos` to the end, or to the `}` that closes a placeholder."""
    parts: list[str | _TabStop] = []
    literal: list[str] = []
    while pos < len(text) and not (nested and text[pos] == "}"):
        char = text[pos]
        if char == "\\" and text[pos + 1 : pos + 2] in ("$", "}", "\\"):
            literal.append(text[pos + 1])
            pos += 2
            continue
        if char != "$":
            literal.append(char)
            pos += 1
            continue
        if literal:
            parts.append("".join(literal))
            literal = []
        if bare := _BARE_STOP.match(text, pos):
            parts.append(_TabStop(int(bare[1] or bare[2]), None))
            pos = bare.end()
        elif choice := _CHOICE_STOP.match(text, pos):
            first_choice = _FIRST_CHOICE.match(choice[2])
            assert first_choice is not None  # the pattern matches the empty string
            first = _CHOICE_ESCAPE.sub(r"\1", first_choice[0])
            parts.append(_TabStop(int(choice[1]), (first,)))
            pos = choice.end()
        elif start := _PLACEHOLDER_START.match(text, pos):
            inner, pos = _parse_from(text, start.end(), nested=True)
            if pos >= len(text):
                raise SnippetError(f"unclosed placeholder at offset {start.start()}")
            parts.append(_TabStop(int(start[1]), inner))
            pos += 1
        else:
            raise SnippetError(f"unescaped '$' at offset {pos}: {text[pos : pos + 12]!r}")
    if literal:
        parts.append("".join(literal))
    return tuple(parts), pos


def _collect_defaults(parts: _Parts, defaults: dict[int, _Parts]) -> None:
    for part in parts:
        if isinstance(part, _TabStop) and part.default is not None:
            defaults.setdefault(part.index, part.default)
            _collect_defaults(part.default, defaults)


def _render(parts: _Parts, defaults: dict[int, _Parts]) -> str:
    return "".join(
        part if isinstance(part, str) else _render(part.default or defaults.get(part.index, ()), defaults)
        for part in parts
    )


class _Contexts:
    """The context of the last lines read. The next request is usually about the same lines (the user types
    on the cursor's line) or about them and the lines typed since: those are read from where the last
    ended, when nothing was left open there."""

    def __init__(self) -> None:
        self._text = ""
        self._context = _context("")

    def of(self, text: str) -> _Context:
        """The context of `text`, complete lines of Python."""
        if text != self._text:
            known = self._context
            if text.startswith(self._text) and not (known.in_string or known.open_brackets or known.continued):
                added = _context(text[len(self._text) :])
                self._context = (
                    added
                    if added.last_line
                    else replace(added, last_line=known.last_line, last_indented=known.last_indented)
                )
            else:
                self._context = _context(text)
            self._text = text
        return self._context


def _context(text: str) -> _Context:
    """Follow strings, comments, brackets and backslash continuations through complete lines of Python."""
    tokens = lexer.tokenize(text)
    last_line: list[Token] = []
    last_indented = False
    line: list[Token] = []
    line_begin = 0
    for token in tokens:
        if token.kind == NEWLINE:
            if line:
                last_line, last_indented = line, line[0].start > line_begin
            line, line_begin = [], token.end
        elif token.kind not in NON_CODE:
            line.append(token)
    return _Context(
        lexer.unclosed_string_at_end(tokens, text) is not None,
        len(lexer.open_brackets(tokens)),
        bool(tokens) and tokens[-1].kind == CONTINUATION,
        tuple(last_line),
        last_indented,
    )


_CONTEXTS = _Contexts()


def _expects_more(last_line: tuple[Token, ...]) -> bool:
    """Whether a logical line ends with an operator, so the next line cannot start a statement."""
    if not last_line:
        return False
    last = last_line[-1]
    if last.kind == NAME:
        return last.text in _KEYWORD_OPERATORS
    star_import = last.text == "*" and len(last_line) > 1 and last_line[-2].text == "import"
    return last.kind == OP and last.text[-1] in _OPERATOR_ENDS and last.text != "..." and not star_import


def _inside_block(context: _Context, following: list[str]) -> bool:
    """Whether a column-0 line still belongs to a block: right after a `:`, or between indented lines."""
    if context.last_line and is_op(context.last_line[-1], ":"):
        return True
    return context.last_indented and _next_code_line_indented("\n".join(following))


def _next_code_line_indented(text: str) -> bool:
    line_begin = 0
    for token in lexer.iter_tokens(text):
        if token.kind in LINE_BREAKS:
            line_begin = token.end
        elif token.kind != COMMENT:
            return token.start > line_begin
    return False


def _completion_item(snippet: Snippet, language: str, edit_range: types.Range) -> types.CompletionItem:
    text = snippet.text
    return types.CompletionItem(
        label=snippet.prefix,
        kind=types.CompletionItemKind.Snippet,
        detail=snippet.pick(language),
        documentation=types.MarkupContent(kind=types.MarkupKind.Markdown, value=_markdown(snippet, language)),
        sort_text=f"~{snippet.prefix}",  # `~` sorts after letters and digits: snippets follow API names
        filter_text=snippet.prefix,
        insert_text=text,
        insert_text_format=types.InsertTextFormat.Snippet,
        insert_text_mode=types.InsertTextMode.AdjustIndentation,
        text_edit=types.TextEdit(range=edit_range, new_text=text),
    )


@functools.cache
def _markdown(snippet: Snippet, language: str) -> str:
    # the description is the item's detail already: the details pane shows both
    sections = []
    if snippet.imports:
        label = "需要导入：" if language == "zh" else "Requires: "
        sections.append(label + ", ".join(f"`{line}`" for line in snippet.imports))
    sections.append(f"```python\n{expand_snippet(snippet.text)}\n```")
    return "\n\n".join(sections)
