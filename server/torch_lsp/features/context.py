"""What a feature request is about: the unit, the analysis and the resolved name under the cursor."""

from __future__ import annotations

import functools
from collections.abc import Callable
from collections.abc import Sequence as Lines
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from lsprotocol import types
from pygls.workspace import TextDocument, Workspace

from ..analysis.alternatives import Alternatives
from ..analysis.cursor import NameSite, NameSites, attribute_at, dotted_at
from ..analysis.engine import Analysis
from ..analysis.imports import ImportTable, collect_imports
from ..analysis.reasons import Reason
from ..analysis.source import ParsedSource, parse_tolerant
from ..analysis.values import UNKNOWN, Const, Sequence, TorchRef, UserClass, UserObject, class_name_of
from ..documents import CellSpan, Unit, unit_for
from .functional_links import functional_of
from .method_owners import defining_owner, method_owners

# Given the name segment under the cursor and the unit's analysis, the qualified class of the receiver of
# `receiver.name` (any class: `builtins.list`, a user class), or None when the provider cannot tell.
ReceiverTypes = Callable[[NameSite, Analysis | None], str | None]


@functools.lru_cache(maxsize=8)
def parsed_of(source: str) -> ParsedSource:
    """A unit's source parsed tolerantly (cached by content)."""
    return parse_tolerant(source)


@functools.lru_cache(maxsize=64)
def imports_of(source: str) -> ImportTable:
    """The import table of a unit's source (parsed tolerantly, cached by content)."""
    return collect_imports(parsed_of(source).tree)


@functools.lru_cache(maxsize=8)
def name_sites_of(source: str) -> NameSites:
    """The name segments of a unit's source (cached by content)."""
    parsed = parsed_of(source)
    return NameSites(parsed.tree, parsed.lines)


def prepare(source: str, torch: ModuleType) -> None:
    """Compute ahead what the first request on `source` needs: its parse, imports and name sites, and (once per
    process) the pairs of functional and layer forms a hover links."""
    imports_of(source)
    name_sites_of(source)
    functional_of(torch, "torch.nn.ReLU")


@dataclass(frozen=True)
class Target:
    """What the cursor points at: a qualified torch name and/or a variable's value."""

    qualname: str | None
    variable: str | None = None
    value: Any = None
    start: int = 0
    end: int = 0
    owners: tuple[str, ...] = ()  # a method resolved by its name alone: the torch classes that have it
    receiver: Any = None  # for a method call: the receiver's value and this call's result, where known
    result: Any = None
    reason: Reason | None = None  # why the variable has no value, when the engine knows


def receiver_type_from_analysis(site: NameSite, analysis: Analysis | None) -> str | None:
    """The receiver's class as the analysis evaluated it at this attribute site."""
    member = analysis.member_at(site.line, site.end) if analysis is not None else None
    if member is None or member.receiver is None or member.receiver is UNKNOWN:
        return None
    return _receiver_type(member.receiver, site.name)


def _receiver_type(receiver: Any, method: str) -> str | None:
    """The class whose `method` a call on `receiver` runs; for one of several options (a model chosen on a
    condition the engine cannot decide), the class they all agree on, else None."""
    if isinstance(receiver, Alternatives):
        types = {_receiver_type(option, method) for option in receiver.options}
        return types.pop() if len(types) == 1 else None
    if isinstance(receiver, UserObject):
        return _user_class_type(receiver.cls, method)
    if isinstance(receiver, Const):
        return f"builtins.{type(receiver.value).__name__}"
    if isinstance(receiver, Sequence):
        return f"builtins.{receiver.kind}"
    if isinstance(receiver, TorchRef):
        return receiver.qualname
    return class_name_of(receiver) or "builtins.object"


def _user_class_type(cls: UserClass, method: str) -> str:
    """The user's class when it (or a user base) defines `method`, else the torch class it derives from."""
    if method in cls.methods or method in cls.attributes:
        return cls.node.name
    for base in cls.bases:
        if isinstance(base, TorchRef):
            return base.qualname
        if isinstance(base, UserClass):
            found = _user_class_type(base, method)
            if found.startswith("torch."):
                return found
    return cls.node.name


RECEIVER_TYPES: tuple[ReceiverTypes, ...] = (receiver_type_from_analysis,)


def resolve_target(
    unit: Unit,
    line_text: str,
    char: int,
    global_line: int,
    analysis: Analysis | None,
    torch: ModuleType | None = None,
    receiver_types: tuple[ReceiverTypes, ...] = RECEIVER_TYPES,
) -> Target | None:
    """Resolve the name segment under the cursor through imports, inferred values and torch's methods."""
    site = name_sites_of(unit.source).at(global_line, char)
    if site is None:  # a line that does not parse: read it as text
        found = dotted_at(line_text, char)
        if found is not None:
            return _resolve_dotted(unit, found[0], found[1], found[2], global_line, analysis)
        member = attribute_at(line_text, char)
        return _by_method_name(*member, torch) if member is not None and torch is not None else None
    if site.dotted is not None and (len(site.dotted) == 1 or imports_of(unit.source).qualify(list(site.dotted))):
        return _resolve_dotted(unit, list(site.dotted), site.start, site.end, global_line, analysis)
    return _resolve_member(site, analysis, torch, receiver_types)


def _resolve_member(
    site: NameSite, analysis: Analysis | None, torch: ModuleType | None, receiver_types: tuple[ReceiverTypes, ...]
) -> Target | None:
    """`receiver.name` on any expression: from the receiver's type where a provider knows it, else from the
    torch classes that have a method of that name."""
    member = analysis.member_at(site.line, site.end) if analysis is not None else None
    held = _layer_attribute(member.receiver, site.name) if member is not None else None
    if held is not None:
        return Target(class_name_of(held), site.name, held, site.start, site.end)
    receiver, result = (
        (member.receiver, member.result) if member is not None and site.call is not None else (None, None)
    )
    owner = next((found for provider in receiver_types if (found := provider(site, analysis)) is not None), None)
    if owner is not None:
        if not owner.startswith("torch."):
            return None
        if torch is not None:
            owner = defining_owner(torch, owner, site.name)
        return Target(f"{owner}.{site.name}", start=site.start, end=site.end, receiver=receiver, result=result)
    return _by_method_name(site.name, site.start, site.end, torch) if torch is not None else None


def _layer_attribute(receiver: Any, name: str) -> Any:
    """The layer, container or torch object a user object holds as `name` (`self.fc`), or None. Tensors are
    left out: the object's attributes are those at the end of the analysis, not at this line."""
    held = receiver.attributes.get(name) if isinstance(receiver, UserObject) else None
    return held if held is not None and class_name_of(held) not in (None, "torch.Tensor") else None


def _by_method_name(name: str, start: int, end: int, torch: ModuleType) -> Target | None:
    """A method of a receiver of unknown type: the torch classes that have a method of that name."""
    owners = method_owners(torch, name)
    return Target(f"{owners[0]}.{name}", start=start, end=end, owners=owners) if owners else None


def _resolve_dotted(
    unit: Unit, parts: list[str], start: int, end: int, global_line: int, analysis: Analysis | None
) -> Target | None:
    """A dotted name through imports, or a variable and its attributes through inferred values."""
    imports = imports_of(unit.source)
    qualname = imports.qualify(parts)
    if qualname is not None:
        return Target(qualname, start=start, end=end)
    value = analysis.value_at(parts[0], global_line) if analysis is not None else None
    if value is None:
        return None
    owner = class_name_of(value)
    if len(parts) == 1:
        reason = analysis.why_unknown(parts[0], global_line) if analysis else None
        return Target(owner, parts[0], value, start, end, reason=reason)
    if owner is None:
        return None
    return Target(".".join([owner, *parts[1:]]), start=start, end=end)


@dataclass(frozen=True)
class Place:
    """A request's position resolved to its unit, cell and line (characters are code points)."""

    unit: Unit
    span: CellSpan
    document: TextDocument
    lines: Lines[str]
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
