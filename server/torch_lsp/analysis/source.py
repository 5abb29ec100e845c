"""Turn editor text into a Python syntax tree, tolerating IPython syntax and half-typed code."""

from __future__ import annotations

import ast
import re
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_MAGIC_PATTERN = r"^\s*(%|!|\?)|^\s*\w[\w.]*\?\??\s*$|^\s*[\w.]+\s*=\s*[!%]"
_MAGIC = re.compile(_MAGIC_PATTERN)
_ANY_MAGIC = re.compile(_MAGIC_PATTERN, re.MULTILINE)  # finds every line `_MAGIC` matches (and maybe more)
_MAX_REPAIRS = 64
_PARSING = threading.Lock()
_PARSE_ATTEMPTS = 5
# Imported modules' syntax trees are shifted this many lines down: a line that values carry out of them (where
# a layer was defined, what a quick fix would edit) can never be taken for a line of the analysed file.
FOREIGN_LINES = 10_000_000


@dataclass
class ParsedSource:
    """A parsed module and the lines of the text it was parsed from."""

    tree: ast.Module
    lines: list[str]


def first_line(statement: ast.stmt) -> int:
    """The 0-based line a statement starts on, its decorators included."""
    decorators = getattr(statement, "decorator_list", [])
    return min([statement.lineno, *(d.lineno for d in decorators)]) - 1


def parse_module(text: str) -> ast.Module:
    """`ast.parse`, one thread at a time: CPython 3.11 counts the depth of the tree it builds in one counter
    per interpreter, and two threads parsing at once fail with `SystemError: AST constructor recursion depth
    mismatch` (python/cpython#106905)."""
    return _parsed(text, "exec")


def parse_expression(text: str) -> ast.expr:
    """The expression `text`, parsed one thread at a time (see parse_module)."""
    return _parsed(text, "eval").body


def _parsed(text: str, mode: str) -> Any:
    """`ast.parse(text, mode=mode)` under the lock, tried again when a compilation this module does not see
    (the standard library's own: dataclasses, namedtuples) ran in another thread at the same time."""
    attempt = 1
    while True:
        try:
            with _PARSING:
                return ast.parse(text, mode=mode)
        except SystemError as error:
            if "recursion depth mismatch" not in str(error) or attempt == _PARSE_ATTEMPTS:
                raise
            attempt += 1


def builtin_call_args(node: ast.expr, name: str, count: int) -> list[ast.expr] | None:
    """The arguments of `name(...)` written with `count` positional arguments and no keywords; None for any other
    expression."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == name
        and len(node.args) == count
        and not node.keywords
    ):
        return node.args
    return None


def called_name(func: ast.expr) -> str | None:
    """The name a call's function is written as: `f` of `f(...)` and of `obj.f(...)`."""
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def blank_ipython(text: str, cell_lines: Sequence[int] = (0,)) -> str:
    """Replace IPython-only lines (`%magic`, `!cmd`, `obj?`, `x = !ls`) by `pass`, keeping line numbers.

    A line magic becomes `pass` at its own indentation, since it may be a block's only statement (`if IN_COLAB:`
    then `!pip install ...`). A cell magic (`%%bash`) on the first line of a cell (`cell_lines`) blanks that whole
    cell, except the ones whose body is Python (`%%time`, `%%capture`).
    """
    if _ANY_MAGIC.search(text) is None:  # most files: no line to blank, no need to scan them one by one
        return text
    starts = set(cell_lines) | {0}
    out = []
    in_cell_magic = False
    depth = 0  # brackets left open by the lines before: a line inside them continues an expression (`% (a, b)`)
    for index, line in enumerate(text.split("\n")):
        if index in starts:
            in_cell_magic, depth = False, 0
            if line.lstrip().startswith("%%"):
                in_cell_magic = not line.lstrip().startswith(("%%time", "%%capture"))
                out.append("")
                continue
        line_magic = not in_cell_magic and depth == 0 and _MAGIC.match(line) is not None
        magic = in_cell_magic or line_magic
        out.append(_indent_of(line) + "pass" if line_magic else "" if magic else line)
        depth = 0 if magic else max(depth + _bracket_balance(_code_part(line)), 0)
    return "\n".join(out)


def _bracket_balance(code: str) -> int:
    """Brackets opened minus closed on a line, outside string literals."""
    balance, quote = 0, None
    for char in code:
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([{":
            balance += 1
        elif char in ")]}":
            balance -= 1
    return balance


def _indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _code_part(line: str) -> str:
    """The line without a trailing `# comment` (a `#` inside a string is kept)."""
    quote = None
    for index, char in enumerate(line):
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "#":
            return line[:index].rstrip()
    return line.rstrip()


def _blank(lines: list[str], number: int) -> None:
    line = lines[number]
    opens_block = _code_part(line).strip().endswith(":")
    needs_body = opens_block or _header_before(lines, number) is not None
    lines[number] = (_indent_of(line) + "pass") if needs_body else ""


def _header_before(lines: list[str], number: int) -> int | None:
    """The line before `number` that ends a block's header (`for x in xs:`), if the code line before it does."""
    previous = next((i for i in range(number - 1, -1, -1) if _code_part(lines[i]).strip()), None)
    return previous if previous is not None and _code_part(lines[previous]).endswith(":") else None


def _empty_block(lines: list[str], error: SyntaxError) -> int | None:
    """The header of a block that has no body (`expected an indented block`): the line the parser stopped at when
    no code follows it (the end of the text), else the code line before it."""
    if not error.msg.startswith("expected an indented block") or error.lineno is None:
        return None
    number = min(error.lineno - 1, len(lines) - 1)
    at_end = not any(_code_part(line).strip() for line in lines[number + 1 :])
    return number if at_end and _code_part(lines[number]).endswith(":") else _header_before(lines, number)


def parse_tolerant(text: str, cell_lines: Sequence[int] = (0,)) -> ParsedSource:
    """Parse `text` (notebook cells start at `cell_lines`); on syntax errors repair or blank the offending lines
    (bounded) and parse what remains."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", " ")
    lines = blank_ipython(text, cell_lines).split("\n")
    blanked: set[int] = set()
    for _ in range(_MAX_REPAIRS):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tree = parse_module("\n".join(lines))
            return ParsedSource(tree, text.split("\n"))
        except SyntaxError as error:
            header = _empty_block(lines, error)
            if header is not None:  # a block with no body yet: its header gets one (`if x: pass`)
                lines[header] = _code_part(lines[header]) + " pass"
                continue
            number = _error_line(error, lines)
            if number is None or (number in blanked and not lines[number].strip()):
                break
            blanked.add(number)
            _blank(lines, number)
        except (ValueError, RecursionError, MemoryError):
            break
    return ParsedSource(ast.Module(body=[], type_ignores=[]), text.split("\n"))


def _error_line(error: SyntaxError, lines: list[str]) -> int | None:
    if error.lineno is None:
        return None
    number = min(max(error.lineno - 1, 0), len(lines) - 1)
    if not lines[number].strip():
        candidates = [i for i in range(number, -1, -1) if lines[i].strip()]
        return candidates[0] if candidates else None
    return number
