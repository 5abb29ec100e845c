"""What a feature request is about: the unit, the analysis and the resolved name under the cursor."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lsprotocol import types
from pygls.workspace import TextDocument, Workspace

from ..analysis.cursor import dotted_at
from ..analysis.engine import Analysis
from ..analysis.imports import ImportTable, collect_imports
from ..analysis.reasons import Reason
from ..analysis.source import parse_tolerant
from ..analysis.values import class_name_of
from ..documents import CellSpan, Unit, unit_for


@functools.lru_cache(maxsize=64)
def imports_of(source: str) -> ImportTable:
    """The import table of a unit's source (parsed tolerantly, cached by content)."""
    return collect_imports(parse_tolerant(source).tree)


@dataclass(frozen=True)
class Target:
    """What the cursor points at: a qualified torch name and/or a variable's value."""

    qualname: str | None
    variable: str | None = None
    value: Any = None
    start: int = 0
    end: int = 0
    reason: Reason | None = None  # why the variable has no value, when the engine knows


def resolve_target(unit: Unit, line_text: str, char: int, global_line: int, analysis: Analysis | None) -> Target | None:
    """Resolve the dotted name under the cursor through imports and inferred values."""
    found = dotted_at(line_text, char)
    if found is None:
        return None
    parts, start, end = found
    imports = imports_of(unit.source)
    qualname = imports.qualify(parts)
    if qualname is not None:
        return Target(qualname, start=start, end=end)
    value = analysis.value_at(parts[0], global_line) if analysis is not None else None
    if value is None:
        return None
    owner = class_name_of(value)
    if len(parts) == 1:
        return Target(
            owner, parts[0], value, start, end, analysis.why_unknown(parts[0], global_line) if analysis else None
        )
    if owner is None:
        return None
    return Target(".".join([owner, *parts[1:]]), start=start, end=end)


@dataclass(frozen=True)
class Place:
    """A request's position resolved to its unit, cell and line (characters are code points)."""

    unit: Unit
    span: CellSpan
    document: TextDocument
    lines: Sequence[str]
    line: int
    character: int

    @property
    def unit_line(self) -> int:
        """The line in the unit's joined source."""
        return self.span.first_line + self.line

    def client_position(self, line: int, character: int) -> types.Position:
        """A position of this document in the client's units."""
        return self.document.position_codec.position_to_client_units(
            self.lines, types.Position(line=line, character=character)
        )


def locate(workspace: Workspace, uri: str, position: types.Position) -> Place | None:
    """Where a request points, or None for closed documents and positions past the end."""
    unit = unit_for(workspace, uri)
    span = unit.span_of(uri) if unit is not None else None
    if unit is None or span is None:
        return None
    document = workspace.get_text_document(uri)
    lines = document.lines
    if position.line >= len(lines):
        return None
    server_position = document.position_codec.position_from_client_units(
        lines, types.Position(line=position.line, character=position.character)
    )
    return Place(unit, span, document, lines, server_position.line, server_position.character)
