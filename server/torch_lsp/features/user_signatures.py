"""Signatures of the user's own callables: a module's `forward`, a class's `__init__`, a function; found in
the analysed unit, else where jedi finds them (an imported workspace module), with each parameter's shape
at the call sites when the definition is in the unit."""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from urllib.parse import unquote

from pygls.uris import from_fs_path

from ..analysis.source import parse_tolerant
from ..analysis.values import TensorValue, UserClass, UserObject
from ..i18n import t
from .calls import value_of
from .context import Place
from .jedi_names import Found, source_of
from .services import Services
from .signatures import Param, Request, Signature, bind_shapes

SIGNATURE_JEDI_BUDGET_S = 1.0
_Function = ast.FunctionDef | ast.AsyncFunctionDef


def own_signatures(place: Place, request: Request) -> list[Signature] | None:
    """The signature of the user callable the call runs when the analysed unit defines it."""
    function = _user_function(_tree(place.unit.source), request)
    return [_user_signature(function, request, own=True)] if function is not None else None


@functools.lru_cache(maxsize=16)
def _tree(source: str) -> ast.Module:
    return parse_tolerant(source).tree


def _user_function(tree: ast.Module, request: Request) -> _Function | None:
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


def _user_signature(function: _Function, request: Request, own: bool) -> Signature:
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
            Param(arg.arg, label, stars != "**" and id(arg) not in keyword_only, not stars, bool(stars), note)
        )
    return Signature(bind_shapes(tuple(result), request))


def _parameter_shape(arg: ast.arg, request: Request) -> str:
    if request.analysis is None or arg.end_lineno is None:
        return ""
    value = request.analysis.value_at(arg.arg, arg.end_lineno - 1)
    if not isinstance(value, TensorValue):
        return ""
    return f"`{request.analysis.shape_text(value)}` — {t('signature_call_sites', request.language)}"


async def jedi_callee(ls: Services, place: Place, text: str, first: int, request: Request) -> Found | None:
    """What jedi says the call runs (a function, a class, an instance's class), within its budget.

    `text` is the document's text from line `first` to the cursor, the text the call was read from."""
    before = text[: request.site.callee_end]
    line = place.span.first_line + first + before.count("\n")
    column = len(before) - before.rfind("\n") - 2
    if column < 0:
        return None
    source = source_of(place.unit.key, place.unit.source, place.unit.version)
    question = ls.names.callee(source, line, column)
    return await ls.names.ask(source, "callee", question, SIGNATURE_JEDI_BUDGET_S, line, column)


def found_signatures(ls: Services, found: Found, place: Place, request: Request) -> list[Signature] | None:
    """The signature of a Python callable jedi found (an imported workspace module's class or function)."""
    if found.path is not None and not found.path.endswith(".py"):
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


def _file_text(ls: Services, path: str) -> str:
    document = ls.workspace.text_documents.get(unquote(from_fs_path(path) or path))
    if document is not None:
        return document.source
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
