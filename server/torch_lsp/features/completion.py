"""Completion: torch members after a dot, keyword arguments, closed value domains and dims inside calls,
the user's own names, and snippets at statement positions.

Torch members come from the namespace index (live introspection, built in the background and cached
on disk); dims come from running the call on the engine's meta probes for each candidate. Item
documentation is added lazily by `completionItem/resolve`.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from typing import Any

from lsprotocol import types

from ..analysis.engine import OP_CACHE, Analysis
from ..analysis.imports import ImportTable
from ..analysis.probes import OpRunner
from ..analysis.values import TensorValue, TorchModule, TorchRef, UserObject, class_name_of
from ..documents import Unit
from ..knowledge.model import Entry
from .calls import callee_of, concrete_arguments, flatten, probe_callable, value_of
from .completion_context import (
    CODE,
    NAME_CLASS,
    NAME_FUNCTION,
    NAME_IMPORT,
    NAME_VARIABLE,
    STRING,
    CallSite,
    read_cursor,
    visible_names,
)
from .context import Place, imports_of, locate
from .hover import entry_markdown, join_sections, torch_doc_markdown
from .jedi_names import type_at
from .services import Services
from .snippets import snippet_completions
from .torch_index import (
    CLASS,
    CONSTANT,
    FUNCTION,
    INDEX,
    METHOD,
    MODULE,
    PROPERTY,
    Member,
    Overloads,
    ParamInfo,
    literal_choices,
    member_kind,
    resolve,
)
from .usage_rank import usage_rank

_ITEMS: dict[str, tuple[tuple[Member, ...], list[types.CompletionItem]]] = {}
_VALUE_WAIT_S = 2.0
_WINDOW_LINES = 60
_Kind = types.CompletionItemKind
_KINDS = {
    MODULE: _Kind.Module,
    CLASS: _Kind.Class,
    FUNCTION: _Kind.Function,
    METHOD: _Kind.Method,
    PROPERTY: _Kind.Property,
    CONSTANT: _Kind.Constant,
}
_USER_KINDS = {NAME_FUNCTION: _Kind.Function, NAME_CLASS: _Kind.Class, NAME_VARIABLE: _Kind.Variable}
_BOOL = re.compile(r"\bbool\b")
_DIM_PARAMS = frozenset({"dim", "dim0", "dim1", "start_dim", "end_dim"})
_INTERPOLATION = ("'nearest'", "'linear'", "'bilinear'", "'bicubic'", "'trilinear'", "'area'", "'nearest-exact'")
# Closed value domains that neither the knowledge base nor a Literal annotation spells out, by parameter name...
_DOMAINS: dict[str, tuple[str, ...]] = {
    "reduction": ("'mean'", "'sum'", "'none'"),
    "nonlinearity": ("'tanh'", "'relu'"),
    "device": ("'cpu'", "'cuda'", "'mps'"),
}
# ...and per API, where a parameter's domain is its own.
_API_DOMAINS: dict[tuple[str, str], tuple[str, ...]] = {
    ("torch.nn.functional.interpolate", "mode"): _INTERPOLATION,
    ("torch.nn.Upsample", "mode"): _INTERPOLATION,
    ("torch.nn.functional.pad", "mode"): ("'constant'", "'reflect'", "'replicate'", "'circular'"),
    ("torch.nn.functional.grid_sample", "mode"): ("'bilinear'", "'nearest'", "'bicubic'"),
    ("torch.nn.functional.grid_sample", "padding_mode"): ("'zeros'", "'border'", "'reflection'"),
}


async def completions(ls: Services, params: types.CompletionParams) -> types.CompletionList | None:
    """Completion items at a position."""
    place = locate(ls.workspace, params.text_document.uri, params.position)
    if place is None:
        return None
    unit, lines = place.unit, place.lines
    warm_up(ls)
    line = place.unit_line
    window = "".join(lines[max(0, place.line - _WINDOW_LINES) : place.line])
    cursor = read_cursor(window + lines[place.line][: place.character])
    if cursor.where != CODE and cursor.call is None:
        return None
    torch = ls.runtime.torch()
    if torch is None and (cursor.member is not None or cursor.call is not None):
        torch = await asyncio.get_running_loop().run_in_executor(None, ls.runtime.wait)
    if cursor.member is not None:
        members = await _member_items(ls, place, cursor.member, cursor.receiver_end, torch)
        return types.CompletionList(is_incomplete=False, items=members)

    def edit_range(start: int) -> types.Range:
        return types.Range(start=place.client_position(place.line, start), end=params.position)

    items: list[types.CompletionItem] = []
    if cursor.call is not None and torch is not None:
        items += await _call_items(ls, unit, cursor.call, line, torch, edit_range(cursor.call.prefix_start))
    if cursor.where == STRING:
        return types.CompletionList(is_incomplete=False, items=items)
    if cursor.word and (cursor.call is None or cursor.call.prefix == cursor.word):
        items += _name_items(unit, line, torch)
    items += snippet_completions(place.document.source, place.line, place.character, ls.language)
    return types.CompletionList(is_incomplete=False, items=items)


def warm_up(ls: Services) -> None:
    """Start building the namespace index in the background (once torch is loaded); idempotent."""
    INDEX.warm(ls.runtime.wait)


def resolve_completion(ls: Services, item: types.CompletionItem) -> types.CompletionItem:
    """Add the documentation of a torch item: the knowledge base's explanation and the real signature."""
    qualname = item.data
    torch = ls.runtime.torch()
    if not isinstance(qualname, str) or item.documentation is not None:
        return item
    entry = ls.index.find(qualname, torch)
    if entry is not None:
        markdown = join_sections(
            entry_markdown(entry, ls.language, torch, ls.runtime.status.device, ls.index, ls.checked)
        )
        if markdown is not None and entry.name != qualname and item.detail:
            markdown = _with_signature(markdown, f"{qualname.rsplit('.', 2)[-2]}.{item.detail}")
    else:
        markdown = torch_doc_markdown(qualname, torch, ls.language) if torch is not None else None
    if markdown is not None:
        item.documentation = types.MarkupContent(kind=types.MarkupKind.Markdown, value=markdown)
    return item


def _with_signature(markdown: str, signature: str) -> str:
    """The entry of a function (`torch.abs`) shown for a method (`Tensor.abs`): the method's own signature
    in place of the function's (`Tensor.abs()`, not `abs(input, *, out=None)`)."""
    fence = "```python\n"
    if markdown.startswith(fence):
        markdown = markdown[markdown.index("```", len(fence)) + 3 :].lstrip("\n")
    return f"{fence}{signature}\n```\n\n{markdown}"


async def _analysis(ls: Services, unit: Unit) -> Analysis | None:
    """The latest analysis of the unit (an older version is fine for names above the cursor)."""
    latest = ls.scheduler.latest(unit.key)
    if latest is not None or ls.runtime.torch() is None:
        return latest
    return await ls.scheduler.current(unit, _VALUE_WAIT_S)


# -- members after `expr.` -----------------------------------------------------------------------


async def _member_items(
    ls: Services, place: Place, parts: tuple[str, ...], receiver_end: int, torch: Any
) -> list[types.CompletionItem]:
    """The members of `parts` (whose text ends at column `receiver_end` of the cursor's line)."""
    if torch is None:
        return []
    unit = place.unit
    qualname = imports_of(unit.source).qualify(list(parts))
    if qualname is not None:
        return _namespace_items(ls, torch, qualname)
    value = value_of(parts, await _analysis(ls, unit), place.unit_line)
    owner = class_name_of(value)
    instance = _instance_items(ls, torch, value)
    if owner is None and not instance:  # a receiver the engine does not know (an annotated parameter): ask jedi
        owner = await type_at(ls.names, place, receiver_end - 1, torch)
    items = _namespace_items(ls, torch, owner) if owner is not None else []
    return instance + items


def _namespace_items(ls: Services, torch: Any, qualname: str) -> list[types.CompletionItem]:
    """The public members of a module or class: by how often real code uses them, then knowledge-base entries
    first, then alphabetically (built once per member list)."""
    members = INDEX.members(torch, qualname) or ()
    cached = _ITEMS.get(qualname)
    if cached is None or cached[0] is not members:
        cached = _ITEMS[qualname] = (
            members,
            [
                _member_item(member, f"{qualname}.{member.name}", ls.index.find(f"{qualname}.{member.name}", torch))
                for member in members
            ],
        )
    return cached[1]


def _member_item(member: Member, qualname: str, entry: Entry | None) -> types.CompletionItem:
    return types.CompletionItem(
        label=member.name,
        kind=_KINDS[member.kind],
        detail=member.detail,
        sort_text=f"{usage_rank(qualname):05d}{0 if entry is not None else 1}{member.name}",
        data=qualname,
    )


def _instance_items(ls: Services, torch: Any, value: Any) -> list[types.CompletionItem]:
    """What an instance adds to its class: a module's submodules and parameters, a user object's attributes."""
    if isinstance(value, TorchModule):
        module = value.module
        owned = [
            *module.named_children(),
            *module.named_parameters(recurse=False),
            *module.named_buffers(recurse=False),
        ]
        return [
            types.CompletionItem(label=name, kind=_Kind.Field, detail=type(member).__name__, sort_text="0" + name)
            for name, member in owned
            if not name.startswith("_")
        ]
    if not isinstance(value, UserObject):
        return []
    items = [
        types.CompletionItem(label=name, kind=_Kind.Field, sort_text="0" + name)
        for name in value.attributes
        if name.isidentifier() and not name.startswith("_")
    ]
    items += [
        types.CompletionItem(label=name, kind=_Kind.Method, sort_text="0" + name)
        for name in value.cls.methods
        if not name.startswith("_")
    ]
    for base in value.cls.bases:
        if isinstance(base, TorchRef):
            items += _namespace_items(ls, torch, base.qualname)
    return items


# -- inside a call --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Call:
    """The call around the cursor, resolved: what is called, on which inferred value, and what is written."""

    qualname: str
    obj: Any
    receiver: Any
    site: CallSite
    overloads: Overloads
    entry: Entry | None


async def _call_items(
    ls: Services, unit: Unit, site: CallSite, line: int, torch: Any, edit: types.Range
) -> list[types.CompletionItem]:
    """Keyword arguments, dims and value choices for the call around the cursor."""
    imports = imports_of(unit.source)
    analysis = None if imports.qualify(list(site.callee)) else await _analysis(ls, unit)
    qualname, receiver = callee_of(site.callee, imports, analysis, line)
    obj = resolve(torch, qualname) if qualname is not None else None
    if qualname is None or obj is None:
        return []
    call = _Call(qualname, obj, receiver, site, INDEX.overloads(qualname, obj), ls.index.find(qualname, torch))
    name = site.keyword if site.keyword is not None else _slot_name(call.overloads, site.slot)
    items: list[types.CompletionItem] = []
    if name in _DIM_PARAMS:
        analysis = analysis or await _analysis(ls, unit)
        if analysis is not None:
            items += _dim_items(torch, analysis, imports, call, name, line, edit)
    if site.keyword is not None:
        return items + _choice_items(call, site.keyword, edit)
    return items + _keyword_items(call, ls.language)


def _slot_name(overloads: Overloads, slot: int | None) -> str | None:
    """The parameter a positional argument at `slot` binds to, preferring a dim parameter across overloads."""
    if slot is None:
        return None
    names = []
    for params in overloads:
        positional = [p for p in params if p.positional and not p.variadic]
        if slot < len(positional) and not any(p.variadic for p in positional[:slot]):
            names.append(positional[slot].name)
    return next((n for n in names if n in _DIM_PARAMS), names[0] if names else None)


def _keyword_items(call: _Call, language: str) -> list[types.CompletionItem]:
    """`name=` for each parameter not given yet, documented from the knowledge base."""
    previous = call.site.previous
    used = {a.keyword for a in previous if a.keyword}
    filled = len([a for a in previous if not a.keyword])
    for params in call.overloads:
        positional = [p.name for p in params if p.positional and not p.variadic]
        if filled <= len(positional):
            used.update(positional[:filled])
            break
    notes = {p.name: p for p in call.entry.params} if call.entry is not None else {}
    seen: dict[str, ParamInfo] = {}
    for params in call.overloads:
        for param in params:
            if param.keyword and not param.name.startswith("_") and param.name not in used:
                seen.setdefault(param.name, param)
    items = []
    for index, param in enumerate(seen.values()):
        note = notes.get(param.name)
        default = note.default if note is not None and note.default else param.default
        items.append(
            types.CompletionItem(
                label=f"{param.name}=",
                kind=_Kind.Variable,
                sort_text=f"1{index:03d}",
                detail=f"{param.name}={default}" if default is not None else param.name,
                documentation=types.MarkupContent(kind=types.MarkupKind.Markdown, value=note.text.pick(language))
                if note is not None
                else None,
            )
        )
    return items


def _choice_items(call: _Call, name: str, edit: types.Range) -> list[types.CompletionItem]:
    """The values of parameter `name`'s closed domain, replacing what is typed of the value."""
    return [
        types.CompletionItem(
            label=choice,
            kind=_Kind.EnumMember,
            detail=name,
            sort_text=f"0{index:03d}",
            filter_text=choice,
            text_edit=types.TextEdit(range=edit, new_text=choice),
        )
        for index, choice in enumerate(_choices(call, name))
    ]


def _choices(call: _Call, name: str) -> tuple[str, ...]:
    """A closed domain as source text: the knowledge base's, a Literal annotation's, a known table's, booleans."""
    note = next((p for p in call.entry.params if p.name == name), None) if call.entry is not None else None
    if note is not None and note.choices:
        return note.choices
    params = [p for group in call.overloads for p in group if p.name == name]
    literal = next((choices for p in params if (choices := literal_choices(p.annotation))), ())
    known = literal or _API_DOMAINS.get((call.qualname, name)) or _DOMAINS.get(name)
    if known:
        return known
    if any(p.default in ("True", "False") or _BOOL.search(p.annotation or "") for p in params):
        return ("True", "False")
    return ()


def _dim_items(
    torch: Any, analysis: Analysis, imports: ImportTable, call: _Call, name: str, line: int, edit: types.Range
) -> list[types.CompletionItem]:
    """Each valid dim with the shape the call returns for it, computed on meta probes."""
    arguments = concrete_arguments(call.site.previous, analysis, imports, torch, line)
    tensors = [call.receiver.probe] if isinstance(call.receiver, TensorValue) else []
    tensors += [t for t in flatten(arguments[0] if arguments else []) if isinstance(t, torch.Tensor)]
    if not tensors:
        return []
    rank = tensors[0].dim()
    results = _run_dims(torch, analysis, call, name, arguments, rank) if arguments is not None else {}
    valid: list[tuple[int, str | None]] = list(results.items()) or [
        (d, None) for d in [*range(rank), *range(-1, -rank - 1, -1)]
    ]
    ordered = sorted(valid, key=lambda item: (item[0] < 0, abs(item[0])))
    return [
        types.CompletionItem(
            label=str(d),
            kind=_Kind.Value,
            detail=f"{d} → {shape}" if shape else None,
            sort_text=f"0{index:03d}",
            filter_text=str(d),
            text_edit=types.TextEdit(range=edit, new_text=str(d)),
        )
        for index, (d, shape) in enumerate(ordered)
    ]


def _run_dims(
    torch: Any, analysis: Analysis, call: _Call, name: str, arguments: tuple[list[Any], dict[str, Any]], rank: int
) -> dict[int, str]:
    """Run the call for every candidate dim: each dim it accepts, with the result's shape.

    Empty when the call may not run on probes or needs arguments that are not written yet.
    """
    runnable = probe_callable(torch, call.qualname, call.obj, call.receiver, call.site.callee[-1])
    if runnable is None:
        return {}
    function, leading = runnable
    positional, keywords = [*leading, *arguments[0]], arguments[1]
    runner = OpRunner(analysis.symbols, None, 0, OP_CACHE)
    results: dict[int, str] = {}
    for dim in range(-rank - 1, rank + 1):
        if call.site.keyword is None:
            args, kwargs = (*positional, dim), keywords
        else:
            args, kwargs = tuple(positional), {**keywords, name: dim}
        result = runner.call(call.qualname, function, args, kwargs, confirm=False)
        tensor = next((t for t in flatten(result.value) if isinstance(t, torch.Tensor)), None)
        if tensor is not None:
            results[dim] = analysis.symbols.render_shape(tuple(tensor.shape))
        elif result.error is not None and result.error.exception == "TypeError":
            return {}
    return results


# -- the user's names ------------------------------------------------------------------------------


def _name_items(unit: Unit, line: int, torch: Any) -> list[types.CompletionItem]:
    """The names the user's code defines, in scope at the cursor (imports get the kind of what they name)."""
    imports = imports_of(unit.source)
    items = []
    for name, kind in visible_names(unit.source, line).items():
        if kind == NAME_IMPORT:
            qualname = imports.qualify([name])
            target = resolve(torch, qualname) if torch is not None and qualname is not None else None
            item_kind = _KINDS[member_kind(target, False) or MODULE] if target is not None else _Kind.Module
        else:
            item_kind = _USER_KINDS[kind]
        items.append(types.CompletionItem(label=name, kind=item_kind, sort_text="2" + name))
    return items
