"""What a feature request is about: the unit, the analysis and the resolved name under the cursor."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from ..analysis.cursor import dotted_at
from ..analysis.engine import Analysis
from ..analysis.imports import ImportTable, collect_imports
from ..analysis.source import parse_tolerant
from ..analysis.values import class_name_of
from ..documents import Unit


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


def resolve_target(unit: Unit, line_text: str, char: int, global_line: int,
                   analysis: Analysis | None) -> Target | None:
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
        return Target(owner, parts[0], value, start, end)
    if owner is None:
        return None
    return Target(".".join([owner, *parts[1:]]), start=start, end=end)
