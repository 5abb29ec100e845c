"""Typed records of the knowledge base (the curated cheat sheet)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Text:
    """A text in both product languages."""

    zh: str
    en: str

    def pick(self, language: str) -> str:
        """Return the text in `language` ('zh' or 'en'), falling back to the other."""
        first, second = (self.zh, self.en) if language == "zh" else (self.en, self.zh)
        return first or second


@dataclass(frozen=True)
class Param:
    """One parameter of an API with its explanation and, for closed domains, its choices."""

    name: str
    text: Text
    default: str | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Expectation:
    """What an example's result is (or what the sheet claimed it is)."""

    shape: tuple[int, ...] | None = None
    dtype: str | None = None
    values: Any = None
    value: Any = None
    raises: str | None = None
    items: tuple[Expectation, ...] | None = None

    def describe(self) -> str:
        """Render the expectation compactly, e.g. `[3, 5, 2] float32`."""
        if self.raises:
            return f"raises {self.raises}"
        if self.items is not None:
            return "(" + ", ".join(item.describe() for item in self.items) + ")"
        parts = []
        if self.shape is not None:
            parts.append("[" + ", ".join(str(d) for d in self.shape) + "]")
        if self.dtype:
            parts.append(self.dtype)
        if self.values is not None:
            parts.append(f"= {self.values}")
        if self.value is not None:
            parts.append(repr(self.value))
        return " ".join(parts)


@dataclass(frozen=True)
class Example:
    """A runnable example: `setup` statements, then `code`, an expression whose result is checked."""

    code: str
    expect: Expectation
    setup: str = ""
    sheet: Expectation | None = None
    correction: Text | None = None
    requires: str | None = None


@dataclass(frozen=True)
class Check:
    """A checkable prose claim: `truth` must hold; `sheet_claim` is the sheet's statement as code."""

    claim: Text
    truth: str
    setup: str = ""
    sheet_claim: str | None = None
    correction: Text | None = None
    requires: str | None = None


@dataclass(frozen=True)
class Entry:
    """One torch API known to the cheat sheet."""

    name: str
    kind: str
    topic: str
    text: Text
    aliases: tuple[str, ...] = ()
    signature: str | None = None
    doc_url: str | None = None
    params: tuple[Param, ...] = ()
    examples: tuple[Example, ...] = ()
    checks: tuple[Check, ...] = ()
    notes: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    source: str = "sheet"

    @property
    def corrected(self) -> bool:
        """Whether the knowledge base corrects the sheet anywhere in this entry."""
        return any(e.correction for e in self.examples) or any(c.correction for c in self.checks)


@dataclass(frozen=True)
class Note:
    """Knowledge that is not one API: a table, usage advice or a detailed explanation (Markdown)."""

    id: str
    topic: str
    title: Text
    body: Text
    applies_to: tuple[str, ...] = ()
    checks: tuple[Check, ...] = ()


@dataclass(frozen=True)
class Topic:
    """A section of the cheat sheet."""

    id: str
    title: Text


@dataclass
class KnowledgeBase:
    """All entries and notes, indexed by every qualified name and alias."""

    topics: list[Topic] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    by_name: dict[str, Entry] = field(default_factory=dict)

    def lookup(self, qualified_name: str) -> Entry | None:
        """Find the entry for a qualified name or alias (`torch.nn.modules.conv.Conv2d` too)."""
        return self.by_name.get(qualified_name)

    def notes_for(self, name: str) -> list[Note]:
        """Notes that apply to the entry named `name`."""
        return [note for note in self.notes if name in note.applies_to]
