"""Signature help: the parameters of the call around the cursor, the one being typed, the cheat sheet's
text for each, and the shapes of the arguments written so far and of the call's result.

Torch callables come from live introspection (torch_index); the user's functions and modules from their
definitions (in this unit, else where jedi finds them), with each parameter's shape at the call sites the
analysis interpreted.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.uris import from_fs_path

from ..analysis.engine import OP_CACHE, Analysis
from ..analysis.imports import ImportTable
from ..analysis.probes import OpRunner
from ..analysis.source import parse_tolerant
from ..analysis.values import TensorValue, UserClass, UserObject
from ..i18n import t
from .calls import callee_of, concrete_arguments, flatten, probe_callable, value_of
from .completion_context import Argument, CallSite, enclosing_call
from .context import Place, imports_of, locate
from .jedi_names import source_of
from .torch_index import INDEX, ParamInfo, resolve

if TYPE_CHECKING:
    from ..server import TorchLanguageServer

SIGNATURE_JEDI_BUDGET_S = 1.0
_WINDOW_LINES = 60
_MAX_ANNOTATION = 40
_Function = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(frozen=True)
class _Param:
    name: str
    label: str
    positional: bool
    keyword: bool
    variadic: bool
    documentation: str = ""


@dataclass(frozen=True)
class _Signature:
    params: tuple[_Param, ...]
    documentation: str = ""


@dataclass(frozen=True)
class _Request:
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
        current = self.site.prefix.strip()
        if not current or _parses(current) is None:
            return self.site.previous
        return (*self.site.previous, Argument(current, self.site.keyword))


async def signature_help(ls: TorchLanguageServer, params: types.SignatureHelpParams) -> types.SignatureHelp | None:
    """The signatures of the call around the cursor, with the active parameter and the shapes known."""
    place = locate(ls.workspace, params.text_document.uri, params.position)
    if place is None:
        return None
    first = max(0, place.line - _WINDOW_LINES)
    text = "".join(place.lines[first : place.line]) + place.lines[place.line][: place.character]
    site = enclosing_call(text)
    if site is None:
        return None
    unit = place.unit
    request = _Request(
        site, ls.scheduler.latest(unit.key), imports_of(unit.source), ls.runtime.torch(), place.unit_line, ls.language
    )
    signatures = _torch_signatures(ls, request) if request.torch is not None else None
    if signatures is None:
        function = _user_function(_tree(unit.source), request)
        signatures = [_user_signature(function, request, own=True)] if function is not None else None
    if signatures is None:
        signatures = await _jedi_signatures(ls, place, text, first, request)
    if not signatures:
        return None
    return _help(".".join(site.callee), signatures, site)


# -- torch ------------------------------------------------------------------------------------------


def _torch_signatures(ls: TorchLanguageServer, request: _Request) -> list[_Signature] | None:
    qualname, receiver = callee_of(request.site.callee, request.imports, request.analysis, request.line)
    obj = resolve(request.torch, qualname) if qualname is not None else None
    if qualname is None or obj is None:
        return None
    overloads = INDEX.overloads(qualname, obj)
    if not overloads:
        return None
    entry = ls.index.find(qualname, request.torch)
    notes = {p.name: p.text.pick(request.language) for p in entry.params} if entry is not None else {}
    result = _result_shape(request, qualname, obj, receiver)
    call = _call_line(request, result)
    summary = entry.text.pick(request.language).split("\n\n")[0] if entry is not None else ""
    documentation = "\n\n".join(part for part in (call, summary) if part)
    return [
        _Signature(
            _bind_shapes(
                tuple(_torch_param(p, notes.get(p.name, "")) for p in params if not p.name.startswith("_")), request
            ),
            documentation,
        )
        for params in overloads
    ]


def _torch_param(param: ParamInfo, note: str) -> _Param:
    annotation = param.annotation if param.annotation and len(param.annotation) <= _MAX_ANNOTATION else None
    label = param.name
    if param.variadic:
        label = ("*" if param.positional else "**") + label
    if annotation:
        label += f": {annotation}"
    if param.default is not None:
        label += f" = {param.default}" if annotation else f"={param.default}"
    return _Param(param.name, label, param.positional, param.keyword, param.variadic, note)


def _result_shape(request: _Request, qualname: str, obj: Any, receiver: Any) -> str | None:
    """The shape of the call's result with the arguments written so far, run on meta probes."""
    analysis, torch = request.analysis, request.torch
    written = request.written
    if analysis is None or not (written or isinstance(receiver, TensorValue)):
        return None
    arguments = concrete_arguments(written, analysis, request.imports, torch, request.line)
    runnable = probe_callable(torch, qualname, obj, receiver, request.site.callee[-1])
    if arguments is None or runnable is None:
        return None
    function, leading = runnable
    result = OpRunner(analysis.symbols, None, 0, OP_CACHE).call(
        qualname, function, (*leading, *arguments[0]), arguments[1], confirm=False
    )
    tensors = [value for value in flatten(result.value) if isinstance(value, torch.Tensor)]
    return ", ".join(analysis.symbols.render_shape(tuple(tensor.shape)) for tensor in tensors) or None


def _call_line(request: _Request, result: str | None) -> str:
    """`torch.cat((a [4, 8], b [4, 3]), dim=1) → [4, 11]`, when an argument's or the result's shape is known."""
    written = [_annotated(a.text, request) for a in request.written]
    if result is None and all(annotated == a.text for annotated, a in zip(written, request.written, strict=True)):
        return ""
    arguments = ", ".join(
        f"{a.keyword}={annotated}" if a.keyword else annotated
        for annotated, a in zip(written, request.written, strict=True)
    )
    callee = _annotated(".".join(request.site.callee), request)
    line = f"{callee}({arguments})" + (f" → {result}" if result else "")
    return f"{t('signature_call', request.language)}: `{line}`"


def _annotated(text: str, request: _Request) -> str:
    """`text` with the shape written after each name that holds a tensor: `(a [4, 8], b [4, 3])`."""
    node = _parses(text)
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


def _bind_shapes(params: tuple[_Param, ...], request: _Request) -> tuple[_Param, ...]:
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
        shown = [_annotated(text, request) for text in bound.get(param.name, [])]
        with_shapes = [s for s, text in zip(shown, bound.get(param.name, []), strict=True) if s != text]
        extra = " ".join(f"← `{s}`" for s in with_shapes)
        documentation = "\n\n".join(part for part in (param.documentation, extra) if part)
        result.append(_Param(param.name, param.label, param.positional, param.keyword, param.variadic, documentation))
    return tuple(result)


# -- the user's functions and modules ----------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _tree(source: str) -> ast.Module:
    return parse_tolerant(source).tree


def _user_function(tree: ast.Module, request: _Request) -> _Function | None:
    """The user function a call runs: a module's forward, a class's __init__, a function of this unit."""
    parts = request.site.callee
    called = value_of(parts, request.analysis, request.line)
    if isinstance(called, UserObject):
        return _object_method(called.cls, "forward") or _object_method(called.cls, "__call__")
    if parts[0] == "self" and len(parts) == 2:
        cls = next(
            (
                n
                for n in tree.body
                if isinstance(n, ast.ClassDef) and n.lineno - 1 <= request.line <= (n.end_lineno or n.lineno) - 1
            ),
            None,
        )
        return _class_method(tree, cls, parts[1]) if cls is not None else None
    if len(parts) != 1:
        return None
    found = next((n for n in reversed(tree.body) if _defines(n, parts[0]) and n.lineno - 1 <= request.line), None)
    found = found or next((n for n in tree.body if _defines(n, parts[0])), None)
    if isinstance(found, ast.ClassDef):
        return _class_method(tree, found, "__init__")
    return found if isinstance(found, (ast.FunctionDef, ast.AsyncFunctionDef)) else None


def _defines(node: ast.stmt, name: str) -> bool:
    return isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name


def _object_method(cls: UserClass, name: str) -> _Function | None:
    """A method of a user class or of its user base classes."""
    if name in cls.methods:
        return cls.methods[name]
    for base in cls.bases:
        if isinstance(base, UserClass) and (found := _object_method(base, name)) is not None:
            return found
    return None


def _class_method(tree: ast.Module, cls: ast.ClassDef, name: str, depth: int = 0) -> _Function | None:
    """A method of a class statement, or of a base class defined at the top of the same module."""
    for node in cls.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            return node
    for base in cls.bases:
        parent = next((n for n in tree.body if isinstance(base, ast.Name) and _defines(n, base.id)), None)
        if isinstance(parent, ast.ClassDef) and depth < 8 and (found := _class_method(tree, parent, name, depth + 1)):
            return found
    return None


def _user_signature(function: _Function, request: _Request, own: bool) -> _Signature:
    """A user function's parameters (`self` left out), each with its shape at the call sites when `own`
    (the function is in the analysed unit)."""
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    params: list[tuple[ast.arg, ast.expr | None, str]] = [
        (arg, default, "") for arg, default in zip(positional, defaults, strict=True)
    ]
    if arguments.vararg:
        params.append((arguments.vararg, None, "*"))
    params += [(arg, default, "") for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)]
    if arguments.kwarg:
        params.append((arguments.kwarg, None, "**"))
    if params and params[0][0].arg in ("self", "cls"):
        params = params[1:]
    keyword_only = {id(arg) for arg in arguments.kwonlyargs}
    result = []
    for arg, default, stars in params:
        label = stars + arg.arg
        if arg.annotation is not None:
            label += f": {ast.unparse(arg.annotation)}"
        if default is not None:
            label += (" = " if arg.annotation is not None else "=") + ast.unparse(default)
        note = _parameter_shape(arg, request) if own else ""
        result.append(
            _Param(arg.arg, label, stars != "**" and id(arg) not in keyword_only, not stars, bool(stars), note)
        )
    return _Signature(_bind_shapes(tuple(result), request))


def _parameter_shape(arg: ast.arg, request: _Request) -> str:
    if request.analysis is None or arg.end_lineno is None:
        return ""
    value = request.analysis.value_at(arg.arg, arg.end_lineno - 1)
    if not isinstance(value, TensorValue):
        return ""
    return f"`{request.analysis.shape_text(value)}` — {t('signature_call_sites', request.language)}"


async def _jedi_signatures(
    ls: TorchLanguageServer, place: Place, text: str, first: int, request: _Request
) -> list[_Signature] | None:
    """The signature of a user callable defined elsewhere (an imported module's class), found by jedi."""
    before = text[: request.site.callee_end]
    line = place.span.first_line + first + before.count("\n")
    column = len(before) - before.rfind("\n") - 2
    if column < 0:
        return None
    source = source_of(place.unit.key, place.unit.source, place.unit.version)
    question = ls.names.callee(source, line, column)
    found = await ls.names.ask(source, "callee", question, SIGNATURE_JEDI_BUDGET_S, line, column)
    if found is None or (found.path is not None and not found.path.endswith(".py")):
        return None
    tree = _tree(place.unit.source if found.path is None else _file_text(ls, found.path))
    node = next(
        (
            n
            for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.lineno - 1 == found.line
        ),
        None,
    )
    if isinstance(node, ast.ClassDef):
        names = ("forward", "__call__") if found.kind == "instance" else ("__init__",)
        node = next((m for name in names if (m := _class_method(tree, node, name)) is not None), None)
    if node is None:
        return None
    return [_user_signature(node, request, own=found.path is None)]


def _file_text(ls: TorchLanguageServer, path: str) -> str:
    document = ls.workspace.text_documents.get(unquote(from_fs_path(path) or path))
    if document is not None:
        return document.source
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


# -- the answer -------------------------------------------------------------------------------------


def _help(name: str, signatures: list[_Signature], site: CallSite) -> types.SignatureHelp:
    infos = [_information(name, signature) for signature in signatures]
    active = next((i for i, s in enumerate(signatures) if _accepts(s, site)), 0)
    return types.SignatureHelp(
        signatures=infos, active_signature=active, active_parameter=_active_parameter(signatures[active], site)
    )


def _information(name: str, signature: _Signature) -> types.SignatureInformation:
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


def _first_keyword_only(signature: _Signature, index: int) -> bool:
    """Whether parameter `index` is the first keyword-only one with no `*args` before it (a bare `*` goes there)."""
    before = signature.params[:index]
    return all(p.positional or p.variadic for p in before) and not any(p.variadic and p.positional for p in before)


def _accepts(signature: _Signature, site: CallSite) -> bool:
    """Whether the arguments written so far fit a signature."""
    names = {p.name for p in signature.params if p.keyword}
    positional = [p for p in signature.params if p.positional]
    count = len([a for a in site.previous if not a.keyword])
    fits = count < len(positional) or any(p.variadic for p in positional)
    return fits and all(a.keyword in names for a in site.previous if a.keyword)


def _active_parameter(signature: _Signature, site: CallSite) -> int:
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


def _parses(text: str) -> ast.expr | None:
    try:
        return ast.parse(text, mode="eval").body
    except SyntaxError:
        return None


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
