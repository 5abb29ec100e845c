"""Where a completion is requested, read from the text before the cursor (which usually does not parse).

`read_cursor` follows strings, comments and brackets through the last lines before the cursor and
tells whether the cursor is after `expr.`, inside a call's argument list (at a keyword position or
in the value of `name=`), or on a plain identifier. `visible_names` lists the user's own names in
scope at a line, from the tolerant parse of the unit.
"""

from __future__ import annotations

import ast
import functools
import itertools
import re
from dataclasses import dataclass

from ..analysis.source import parse_tolerant

CODE, STRING, COMMENT = "code", "string", "comment"
NAME_FUNCTION, NAME_CLASS, NAME_VARIABLE, NAME_IMPORT = "function", "class", "variable", "import"

_TOKEN = re.compile(
    r"(?P<quote>'''|\"\"\"|'|\")|(?P<comment>#)|(?P<open>[(\[{])|(?P<close>[)\]}])|(?P<comma>,)"
    r"|(?P<newline>\n(?=[A-Za-z_@]))"
)
_DOTTED = r"[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*"
_MEMBER = re.compile(rf"(?<![\w.)\]}}'\"])({_DOTTED})\s*\.\s*\w*$")
_CALLEE = re.compile(rf"(?<![\w.)\]}}'\"])({_DOTTED})\s*$")
_DEFINITION = re.compile(r"\b(?:def|class)\s+$")
_KEYWORD_ARG = re.compile(r"\s*([A-Za-z_]\w*)\s*=(?!=)\s*(.*)$", re.DOTALL)
_VALUE_PREFIX = re.compile(r"-?\w*|['\"][^'\"]*")
_POSITIONAL_PREFIX = re.compile(r"\s*(-?\w*)$")
_WORD = re.compile(r"[A-Za-z_]\w*$")
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


@dataclass(frozen=True)
class Argument:
    """An argument already written in a call: its source text, and its keyword if it is `name=value`."""

    text: str
    keyword: str | None = None


@dataclass(frozen=True)
class CallSite:
    """The cursor inside `callee(...)`: the arguments before it and what it is typing."""

    callee: tuple[str, ...]
    previous: tuple[Argument, ...]
    keyword: str | None  # the cursor is in the value of `keyword=`
    prefix: str  # what is typed of the argument (or of the value) so far
    prefix_start: int  # its column in the cursor's line
    callee_end: int = 0  # the offset in the scanned text where the callee's name ends

    @property
    def slot(self) -> int | None:
        """The positional index of the argument being typed; None once a keyword argument was given."""
        if self.keyword is not None or any(a.keyword for a in self.previous):
            return None
        return len(self.previous)


@dataclass(frozen=True)
class Cursor:
    """What precedes the cursor: the lexical context, `expr.` being completed, the enclosing call, the word."""

    where: str
    member: tuple[str, ...] | None = None  # the dotted expression before the dot being completed
    call: CallSite | None = None
    word: str = ""


@dataclass
class _Frame:
    start: int
    char: str
    commas: list[int]


def read_cursor(text: str) -> Cursor:
    """Analyse `text`, the source from a statement boundary (or a few lines up) to the cursor."""
    scan = _scan(text)
    if scan is None:
        return Cursor(COMMENT)
    frames, string_start = scan
    line_start = text.rfind("\n") + 1
    call = _call_site(text, frames[-1], line_start) if frames and frames[-1].char == "(" else None
    if string_start is not None:
        in_value = call is not None and call.keyword is not None and call.prefix[:1] in ("'", '"')
        return Cursor(STRING, call=call if in_value else None)
    member = _MEMBER.search(text, line_start)
    word = _WORD.search(text, line_start)
    return Cursor(CODE, _split_dotted(member.group(1)) if member else None, call, word.group() if word else "")


def enclosing_call(text: str) -> CallSite | None:
    """The innermost call whose argument list holds the end of `text`, whatever the argument being typed
    (an expression, a string, a nested tuple); its `prefix` is that argument's text so far."""
    scan = _scan(text)
    if scan is None:
        return None
    frames, _ = scan
    line_start = text.rfind("\n") + 1
    for frame in reversed(frames):
        if frame.char != "(":
            continue
        site = _call_site(text, frame, line_start, any_argument=True)
        if site is not None:
            return site
    return None


def _scan(text: str) -> tuple[list[_Frame], int | None] | None:
    """The brackets open at the end of `text` and where an unterminated string starts; None in a comment."""
    frames: list[_Frame] = []
    position = 0
    string_start: int | None = None
    while (token := _TOKEN.search(text, position)) is not None:
        kind = token.lastgroup
        position = token.end()
        if kind == "quote":
            end = _string_end(text, position, token.group())
            if end is None:
                string_start = token.start()
                break
            position = end
        elif kind == "comment":
            end = text.find("\n", position)
            if end < 0:
                return None
            position = end
        elif kind == "open":
            frames.append(_Frame(token.start(), token.group(), []))
        elif kind == "close" and frames:
            frames.pop()
        elif kind == "comma" and frames:
            frames[-1].commas.append(token.start())
        elif kind == "newline":
            frames.clear()  # code at column 0 starts a new statement: an earlier bracket was left open
    return frames, string_start


def _split_dotted(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("."))


def _string_end(text: str, start: int, quote: str) -> int | None:
    """The index after the string's closing quote; a one-line string also ends at its line's end."""
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if text.startswith(quote, index):
            return index + len(quote)
        if char == "\n" and len(quote) == 1:
            return index
        index += 1
    return None


def _call_site(text: str, frame: _Frame, line_start: int, any_argument: bool = False) -> CallSite | None:
    callee_line = text.rfind("\n", 0, frame.start) + 1
    callee = _CALLEE.search(text, callee_line, frame.start)
    if callee is None or _DEFINITION.search(text, callee_line, callee.start()):
        return None
    bounds = [frame.start, *frame.commas]
    previous = tuple(_argument(text[a + 1 : b]) for a, b in itertools.pairwise(bounds))
    current = text[bounds[-1] + 1 :]
    keyword_arg = _KEYWORD_ARG.match(current)
    if keyword_arg is not None and _VALUE_PREFIX.fullmatch(keyword_arg.group(2)):
        keyword, prefix = keyword_arg.group(1), keyword_arg.group(2)
    elif (positional := _POSITIONAL_PREFIX.fullmatch(current)) is not None:
        keyword, prefix = None, positional.group(1)
    elif any_argument:
        keyword, prefix = (keyword_arg.group(1), keyword_arg.group(2)) if keyword_arg else (None, current.lstrip())
    else:
        return None
    start = max(len(text) - len(prefix) - line_start, 0)
    return CallSite(_split_dotted(callee.group(1)), previous, keyword, prefix, start, callee.end(1))


def _argument(text: str) -> Argument:
    keyword_arg = _KEYWORD_ARG.match(text)
    if keyword_arg is not None:
        return Argument(keyword_arg.group(2).strip(), keyword_arg.group(1))
    return Argument(text.strip())


def visible_names(source: str, line: int) -> dict[str, str]:
    """The user's names in scope at 0-based `line`: module level, then each enclosing function or class.

    The cursor's line is parsed as `pass`, so the parse is reused while the user types on that line.
    """
    lines = source.split("\n")
    text = lines[line] if 0 <= line < len(lines) else ""
    indent = text[: len(text) - len(text.lstrip())]
    if 0 <= line < len(lines):
        lines[line] = indent + "pass"
    tree, module_names = _parsed("\n".join(lines))
    names = dict(module_names)
    chain = _enclosing(tree.body, line + 1, len(indent))
    for depth, scope in enumerate(chain):
        if isinstance(scope, ast.ClassDef) and depth < len(chain) - 1:
            continue  # a class body's names are not visible inside its methods
        if not isinstance(scope, ast.ClassDef):
            arguments = scope.args
            for arg in (
                *arguments.posonlyargs,
                *arguments.args,
                arguments.vararg,
                *arguments.kwonlyargs,
                arguments.kwarg,
            ):
                if arg is not None:
                    names[arg.arg] = NAME_VARIABLE
        _bind_block(scope.body, names)
    return names


@functools.lru_cache(maxsize=8)
def _parsed(source: str) -> tuple[ast.Module, dict[str, str]]:
    """The tolerant parse of `source` and the names its module level binds."""
    tree = parse_tolerant(source).tree
    names: dict[str, str] = {}
    _bind_block(tree.body, names)
    return tree, names


def _enclosing(
    body: list[ast.stmt], lineno: int, indent: int
) -> list[ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef]:
    """The functions and classes around 1-based line `lineno` (indented by `indent`), outermost first.

    A line after a block's last statement still belongs to it while it is indented deeper than the block.
    """
    before = [statement for statement in body if statement.lineno < lineno]
    if not before:
        return []
    statement = before[-1]
    inside = lineno <= (statement.end_lineno or statement.lineno) or indent > statement.col_offset
    if not inside:
        return []
    if isinstance(statement, _SCOPES):
        return [statement, *_enclosing(statement.body, lineno, indent)]
    return _enclosing(_child_statements(statement), lineno, indent)


def _bind_block(body: list[ast.stmt], names: dict[str, str]) -> None:
    """Record the names a block binds, looking into compound statements but not into nested scopes."""
    for statement in body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names[statement.name] = NAME_FUNCTION
        elif isinstance(statement, ast.ClassDef):
            names[statement.name] = NAME_CLASS
        elif isinstance(statement, (ast.Import, ast.ImportFrom)):
            for alias in statement.names:
                if alias.name != "*":
                    names[alias.asname or alias.name.split(".")[0]] = NAME_IMPORT
        else:
            for target in _targets(statement):
                for node in ast.walk(target):
                    if isinstance(node, ast.Name):
                        names[node.id] = NAME_VARIABLE
            for handler in getattr(statement, "handlers", []):
                if handler.name:
                    names[handler.name] = NAME_VARIABLE
            _bind_block(_child_statements(statement), names)


def _targets(statement: ast.stmt) -> list[ast.AST]:
    if isinstance(statement, ast.Assign):
        return list(statement.targets)
    if isinstance(statement, (ast.AnnAssign, ast.AugAssign, ast.For, ast.AsyncFor)):
        return [statement.target]
    if isinstance(statement, (ast.With, ast.AsyncWith)):
        return [item.optional_vars for item in statement.items if item.optional_vars is not None]
    return []


def _child_statements(statement: ast.stmt) -> list[ast.stmt]:
    """The statements nested in a compound statement (bodies, else branches, handlers, match cases)."""
    children: list[ast.stmt] = []
    for field in ("body", "orelse", "finalbody"):
        value = getattr(statement, field, None)
        if isinstance(value, list):
            children.extend(value)
    for handler in getattr(statement, "handlers", []):
        children.extend(handler.body)
    for case in getattr(statement, "cases", []):
        children.extend(case.body)
    return children
