"""Go to definition: torch names from the live objects' source files, everything else through jedi."""

from __future__ import annotations

import inspect
import linecache
import re
from types import ModuleType
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.uris import from_fs_path
from pygls.workspace import PositionCodec

from ..analysis.cursor import dotted_at
from .context import Place, locate, resolve_target
from .jedi_names import Found, source_of
from .services import Services
from .torch_index import resolve

DEFINITION_BUDGET_S = 2.0
_DECORATOR_LINES = 20


async def definition(ls: Services, params: types.DefinitionParams) -> list[types.Location] | None:
    """Where the name under the cursor is defined: torch's source, the user's code, or a stub."""
    place = locate(ls.workspace, params.text_document.uri, params.position)
    if place is None:
        return None
    line_text = place.lines[place.line].rstrip("\r\n")
    if dotted_at(line_text, place.character) is None:
        return None
    torch = ls.runtime.torch()
    if torch is not None:
        analysis = ls.scheduler.latest(place.unit.key)
        target = resolve_target(place.unit, line_text, place.character, place.unit_line, analysis)
        if target is not None and target.variable is None and target.qualname is not None:
            location = torch_location(torch, target.qualname, ls.workspace.position_codec)
            if location is not None:
                return [location]
    source = source_of(place.unit.key, place.unit.source, place.unit.version)
    question = ls.names.definitions(source, place.unit_line, place.character)
    found = await ls.names.ask(source, "definition", question, DEFINITION_BUDGET_S, place.unit_line, place.character)
    locations = [location_of(ls, place, item) for item in found or []]
    return [location for location in locations if location is not None] or None


def torch_location(torch: ModuleType, qualname: str, codec: PositionCodec) -> types.Location | None:
    """The place in torch's Python source that defines `qualname`; None for C functions and non-torch names."""
    obj = resolve(torch, qualname)
    if obj is None:
        return None
    try:
        obj = inspect.unwrap(obj)
        path = inspect.getsourcefile(obj)
        _, first = inspect.getsourcelines(obj)
    except (TypeError, OSError, ValueError):
        return None
    if path is None:
        return None
    line = max(first - 1, 0)
    return types.Location(
        uri=from_fs_path(path) or path, range=_name_range(path, line, qualname.rsplit(".", 1)[-1], codec)
    )


def location_of(ls: Services, place: Place, found: Found) -> types.Location | None:
    """A jedi definition as a location in the client's units (in a notebook, in the cell that holds it)."""
    if found.path is None:
        span = place.unit.span_at(found.line)
        if span is None:
            return None
        document = ls.workspace.get_text_document(span.uri)
        line = found.line - span.first_line
        position = document.position_codec.position_to_client_units(
            document.lines, types.Position(line=line, character=found.column)
        )
        return types.Location(uri=span.uri, range=types.Range(start=position, end=position))
    uri = from_fs_path(found.path) or found.path
    start = types.Position(
        line=found.line,
        character=ls.workspace.position_codec.client_num_units(
            _line_of(ls, uri, found.path, found.line)[: found.column]
        ),
    )
    return types.Location(uri=uri, range=types.Range(start=start, end=start))


def _name_range(path: str, line: int, name: str, codec: PositionCodec) -> types.Range:
    """The name in `def name` / `class name` at `line` or just below it (past decorators)."""
    pattern = re.compile(rf"\b(?:def|class)\s+({re.escape(name)})\b")
    for candidate in range(line, line + _DECORATOR_LINES):
        text = linecache.getline(path, candidate + 1)
        match = pattern.search(text)
        if match is not None:
            return types.Range(
                start=types.Position(line=candidate, character=codec.client_num_units(text[: match.start(1)])),
                end=types.Position(line=candidate, character=codec.client_num_units(text[: match.end(1)])),
            )
    start = types.Position(line=line, character=0)
    return types.Range(start=start, end=start)


def _line_of(ls: Services, uri: str, path: str, line: int) -> str:
    document: Any = ls.workspace.text_documents.get(unquote(uri))
    if document is not None:
        lines = document.lines
        return lines[line] if line < len(lines) else ""
    return linecache.getline(path, line + 1)
