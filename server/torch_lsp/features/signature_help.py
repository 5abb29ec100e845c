"""Signature help: the parameters of the call around the cursor, the one being typed, the cheat sheet's
text for each, and the shapes of the arguments written so far and of the call's result.

Torch callables come from live introspection (torch_index); the user's own from user_signatures.
"""

from __future__ import annotations

from typing import Any

from lsprotocol import types

from ..analysis.engine import OP_CACHE
from ..analysis.probes import OpRunner
from ..analysis.values import TensorValue
from ..i18n import t
from .calls import callee_of, concrete_arguments, flatten, probe_callable
from .completion_context import enclosing_call
from .context import imports_of, locate
from .jedi_names import Found
from .services import Services
from .signatures import Param, Request, Signature, annotated, bind_shapes, help_for
from .torch_index import INDEX, ParamInfo, resolve
from .user_signatures import found_signatures, jedi_callee, own_signatures

_WINDOW_LINES = 60
_MAX_ANNOTATION = 40


async def signature_help(ls: Services, params: types.SignatureHelpParams) -> types.SignatureHelp | None:
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
    request = Request(
        site, ls.scheduler.latest(unit.key), imports_of(unit.source), ls.runtime.torch(), place.unit_line, ls.language
    )
    torch = request.torch
    qualname, receiver = callee_of(site.callee, request.imports, request.analysis, request.line)
    signatures = _torch_signatures(ls, request, qualname, receiver) if torch is not None else None
    if signatures is None:
        signatures = own_signatures(place, request)
    if signatures is None:
        found = await jedi_callee(ls, place, text, first, request)
        qualname = _torch_callable(found) if found is not None and torch is not None else None
        if qualname is not None:
            signatures = _torch_signatures(ls, request, qualname, None)
        if signatures is None and found is not None:
            signatures = found_signatures(ls, found, place, request)
    if not signatures:
        return None
    return help_for(".".join(site.callee), signatures, site)


# -- torch ------------------------------------------------------------------------------------------


def _torch_callable(found: Found) -> str | None:
    """The torch name of what jedi says a call runs: an instance's class runs its forward (`self.fc(`)."""
    name = found.full_name
    if name is None or name.split(".", 1)[0] not in ("torch", "torchvision"):
        return None
    return f"{name}.forward" if found.kind == "instance" else name


def _torch_signatures(ls: Services, request: Request, qualname: str | None, receiver: Any) -> list[Signature] | None:
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
        Signature(
            bind_shapes(
                tuple(_torch_param(p, notes.get(p.name, "")) for p in params if not p.name.startswith("_")), request
            ),
            documentation,
        )
        for params in overloads
    ]


def _torch_param(param: ParamInfo, note: str) -> Param:
    annotation = param.annotation if param.annotation and len(param.annotation) <= _MAX_ANNOTATION else None
    label = param.name
    if param.variadic:
        label = ("*" if param.positional else "**") + label
    if annotation:
        label += f": {annotation}"
    if param.default is not None:
        label += f" = {param.default}" if annotation else f"={param.default}"
    return Param(param.name, label, param.positional, param.keyword, param.variadic, note)


def _result_shape(request: Request, qualname: str, obj: Any, receiver: Any) -> str | None:
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


def _call_line(request: Request, result: str | None) -> str:
    """`torch.cat((a [4, 8], b [4, 3]), dim=1) → [4, 11]`, when an argument's or the result's shape is known."""
    written = [annotated(a.text, request) for a in request.written]
    if result is None and all(annotated == a.text for annotated, a in zip(written, request.written, strict=True)):
        return ""
    arguments = ", ".join(
        f"{a.keyword}={annotated}" if a.keyword else annotated
        for annotated, a in zip(written, request.written, strict=True)
    )
    callee = annotated(".".join(request.site.callee), request)
    line = f"{callee}({arguments})" + (f" → {result}" if result else "")
    return f"{t('signature_call', request.language)}: `{line}`"
