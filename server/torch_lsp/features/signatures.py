"""Signatures as signature help shows them: parameters with their text, the arguments written so far
bound to them with their shapes, and the active signature and parameter."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from lsprotocol import types

from ..analysis.engine import Analysis
from ..analysis.imports import ImportTable
from ..analysis.source import parse_expression
from ..analysis.values import TensorValue
from .completion_context import Argument, CallSite


@dataclass(frozen=True)
class Param:
    """One parameter: its name, its text in the label, how it may be passed, and its documentation."""

    name: str
    label: str
    positional: bool
    keyword: bool
    variadic: bool
    documentation: str = ""


@dataclass(frozen=True)
class Signature:
    """One signature: its parameters and documentation (the call so far with its shapes, a summary)."""

    params: tuple[Param, ...]
    documentation: str = ""


@dataclass(frozen=True)
class Request:
    """What every source of signatures needs: the call, the analysis and where the cursor is."""

    site: CallSite
    analysis: Analysis | None
    imports: ImportTable
    torch: Any
    line: int
    language: str

    @property
    def written(self) -> tuple[Argument, ...]:
        """The arguments written so far, the one being typed included once it is an expression."""
        written = tuple(Argument(" ".join(a.text.split()), a.keyword) for a in self.site.previous)  # one line
        current = " ".join(self.site.prefix.split())
        if not current or parses(current) is None:
            return written
        return (*written, Argument(current, self.site.keyword))


def annotated(text: str, request: Request) -> str:
    """`text` with the shape written after each name that holds a tensor: `(a [4, 8], b [4, 3])`."""
    node = parses(text)
    if node is None or request.analysis is None:
        return text
    called = {id(n.func) for n in ast.walk(node) if isinstance(n, ast.Call)}
    owners = {id(n.value) for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    data = text.encode()
    inserts = []
    for name in ast.walk(node):
        if isinstance(name, ast.Name) and id(name) not in called and id(name) not in owners:
            value = request.analysis.value_at(name.id, request.line)
            if isinstance(value, TensorValue):
                inserts.append((name.end_col_offset, f" {request.analysis.shape_text(value)}"))
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):  # a method's tensor receiver
        value = request.analysis.value_at(node.value.id, request.line)
        if isinstance(value, TensorValue):
            inserts.append((node.value.end_col_offset, f" {request.analysis.shape_text(value)}"))
    for offset, shape in sorted(inserts, key=lambda item: item[0] or 0, reverse=True):
        data = data[:offset] + shape.encode() + data[offset:]
    return data.decode()


def bind_shapes(params: tuple[Param, ...], request: Request) -> tuple[Param, ...]:
    """Each parameter's documentation followed by the argument written for it, with its shapes."""
    bound: dict[str, list[str]] = {}
    positional = [p for p in params if p.positional]
    index = 0
    for argument in request.written:
        if argument.keyword:
            bound.setdefault(argument.keyword, []).append(argument.text)
        elif index < len(positional):
            bound.setdefault(positional[index].name, []).append(argument.text)
            if not positional[index].variadic:
                index += 1
    result = []
    for param in params:
        shown = [annotated(text, request) for text in bound.get(param.name, [])]
        with_shapes = [s for s, text in zip(shown, bound.get(param.name, []), strict=True) if s != text]
        extra = " ".join(f"← `{s}`" for s in with_shapes)
        documentation = "\n\n".join(part for part in (param.documentation, extra) if part)
        result.append(Param(param.name, param.label, param.positional, param.keyword, param.variadic, documentation))
    return tuple(result)


def help_for(name: str, signatures: list[Signature], site: CallSite) -> types.SignatureHelp:
    """The protocol's answer: `name(...)` for each signature, the one the written arguments fit active."""
    infos = [_information(name, signature) for signature in signatures]
    active = next((i for i, s in enumerate(signatures) if _accepts(s, site)), 0)
    return types.SignatureHelp(
        signatures=infos, active_signature=active, active_parameter=_active_parameter(signatures[active], site)
    )


def _information(name: str, signature: Signature) -> types.SignatureInformation:
    label = name + "("
    parameters = []
    for index, param in enumerate(signature.params):
        if index:
            label += ", "
        if not param.positional and not param.variadic and _first_keyword_only(signature, index):
            label += "*, "
        start = _utf16(label)
        label += param.label
        parameters.append(
            types.ParameterInformation(
                label=(start, _utf16(label)),
                documentation=types.MarkupContent(kind=types.MarkupKind.Markdown, value=param.documentation)
                if param.documentation
                else None,
            )
        )
    label += ")"
    documentation = (
        types.MarkupContent(kind=types.MarkupKind.Markdown, value=signature.documentation)
        if signature.documentation
        else None
    )
    return types.SignatureInformation(label=label, documentation=documentation, parameters=parameters)


def _first_keyword_only(signature: Signature, index: int) -> bool:
    """Whether parameter `index` is the first keyword-only one with no `*args` before it (a bare `*` goes there)."""
    before = signature.params[:index]
    return all(p.positional or p.variadic for p in before) and not any(p.variadic and p.positional for p in before)


def _accepts(signature: Signature, site: CallSite) -> bool:
    """Whether the arguments written so far fit a signature."""
    names = {p.name for p in signature.params if p.keyword}
    positional = [p for p in signature.params if p.positional]
    count = len([a for a in site.previous if not a.keyword])
    fits = count < len(positional) or any(p.variadic for p in positional)
    return fits and all(a.keyword in names for a in site.previous if a.keyword)


def _active_parameter(signature: Signature, site: CallSite) -> int:
    """The parameter the cursor's argument binds to; past the last parameter when none does."""
    params = signature.params
    none = len(params)
    if site.keyword is not None:
        return next((i for i, p in enumerate(params) if p.name == site.keyword and p.keyword), none)
    if any(a.keyword for a in site.previous):
        used = {a.keyword for a in site.previous}
        prefix = site.prefix.strip()
        if not prefix.isidentifier():
            return none
        return next(
            (i for i, p in enumerate(params) if p.keyword and p.name not in used and p.name.startswith(prefix)), none
        )
    slot = len(site.previous)
    positional = [i for i, p in enumerate(params) if p.positional]
    for number, index in enumerate(positional):
        if params[index].variadic or number == slot:
            return index
    return none


def parses(text: str) -> ast.expr | None:
    """The expression `text` parses to, or None."""
    try:
        return parse_expression(text)
    except SyntaxError:
        return None


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
