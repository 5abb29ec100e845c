"""Where a completion is requested, read from the text before the cursor (which usually does not parse).

`read_cursor` reads the tokens of the last lines before the cursor (see analysis/lexer.py) and tells
whether the cursor is after `expr.`, inside a call's argument list (at a keyword position or in the
value of `name=`), or on a plain identifier. `visible_names` lists the user's own names in scope at a
line, from the tolerant parse of the unit.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from ..analysis import lexer
from ..analysis.lexer import NAME, NON_CODE, NUMBER, OP, Token, is_op
from ..analysis.lexer import STRING as STRING_TOKEN
from ..analysis.source import parse_tolerant

CODE, STRING, COMMENT = "code", "string", "comment"
NAME_FUNCTION, NAME_CLASS, NAME_VARIABLE, NAME_IMPORT = "function", "class", "variable", "import"

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
    receiver_end: int = 0  # the column in the cursor's line where the member's dotted expression ends


def read_cursor(text: str) -> Cursor:
    """Analyse `text`, the source from a statement boundary (or a few lines up) to the cursor."""
    tokens = lexer.tokenize(text)
    if lexer.in_comment_at_end(tokens, text):
        return Cursor(COMMENT)
    brackets = lexer.open_brackets(tokens)
    line_start = lexer.line_start(tokens)
    innermost = brackets[-1] if brackets else None
    call = _call_site(text, tokens, innermost, line_start) if innermost is not None else None
    if lexer.unclosed_string_at_end(tokens, text) is not None:
        in_value = call is not None and call.keyword is not None and call.prefix[:1] in ("'", '"')
        return Cursor(STRING, call=call if in_value else None)
    word = tokens[-1].text if tokens and tokens[-1].kind == NAME and tokens[-1].end == len(text) else ""
    member = _member(tokens, len(tokens) - 1 - bool(word), line_start)
    if member is None:
        return Cursor(CODE, None, call, word)
    first, last = member
    return Cursor(CODE, lexer.names_of(tokens, first, last), call, word, tokens[last].end - line_start)


def enclosing_call(text: str) -> CallSite | None:
    """The innermost call whose argument list holds the end of `text`, whatever the argument being typed
    (an expression, a string, a nested tuple); its `prefix` is that argument's text so far."""
    tokens = lexer.tokenize(text)
    if lexer.in_comment_at_end(tokens, text):
        return None
    line_start = lexer.line_start(tokens)
    for opening in reversed(lexer.open_brackets(tokens)):
        site = _call_site(text, tokens, opening, line_start, any_argument=True)
        if site is not None:
            return site
    return None


def _member(tokens: Sequence[Token], dot: int, line_start: int) -> tuple[int, int] | None:
    """The first and last token of the dotted name before the dot at `dot`, on the cursor's line."""
    if dot < 1 or not is_op(tokens[dot], ".") or tokens[dot].start < line_start:
        return None
    first = lexer.dotted_name(tokens, dot - 1)
    if first is None or _follows_an_expression(tokens, first):
        return None
    return first, dot - 1


def _follows_an_expression(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name at `first` is an attribute of, or glued to, what precedes it (`f(x).a`, `"s".a`)."""
    before = tokens[first - 1] if first > 0 else None
    return before is not None and (is_op(before, ".)]}") or before.kind == STRING_TOKEN)


def _call_site(
    text: str, tokens: Sequence[Token], opening: int, line_start: int, any_argument: bool = False
) -> CallSite | None:
    """The call whose argument list the bracket at `opening` starts, if it is a call's `(` after a dotted name."""
    callee_last = opening - 1
    first = lexer.dotted_name(tokens, callee_last) if is_op(tokens[opening], "(") and opening > 0 else None
    if first is None or _follows_an_expression(tokens, first):
        return None
    if first > 0 and tokens[first - 1].kind == NAME and tokens[first - 1].text in ("def", "class"):
        return None
    *written, current = lexer.split_arguments(tokens, opening, len(tokens))
    previous = tuple(_argument(text, argument) for argument in written)
    code = [token for token in current if token.kind not in NON_CODE]
    keyword = code[0].text if len(code) >= 2 and code[0].kind == NAME and is_op(code[1], "=") else None
    value = code[2:] if keyword is not None else code
    prefix = text[value[0].start :] if value else ""
    if not any_argument and not _simple_prefix(value, prefix):
        return None
    start = max(len(text) - len(prefix) - line_start, 0)
    callee = lexer.names_of(tokens, first, callee_last)
    return CallSite(callee, previous, keyword, prefix, start, tokens[callee_last].end)


def _simple_prefix(value: Sequence[Token], prefix: str) -> bool:
    """Whether what is typed of an argument is a word, a number, a minus sign before either, or a string
    being typed (its closing quote missing), up to the cursor."""
    if "".join(token.text for token in value) != prefix:
        return False
    kinds = [token.kind for token in value]
    if kinds and kinds[0] == STRING_TOKEN:
        return len(value) == 1 and not value[0].closed
    if kinds[:1] == [OP] and value[0].text == "-":
        kinds = kinds[1:]
    return kinds in ([], [NAME], [NUMBER])


def _argument(text: str, tokens: Sequence[Token]) -> Argument:
    code = [token for token in tokens if token.kind not in NON_CODE]
    if len(code) >= 2 and code[0].kind == NAME and is_op(code[1], "="):
        value = next(index for index, token in enumerate(tokens) if token is code[1]) + 1
        return Argument(lexer.code_text(text, tokens[value:]), code[0].text)
    return Argument(lexer.code_text(text, tokens))


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
