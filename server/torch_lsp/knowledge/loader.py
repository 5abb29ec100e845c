"""Load the knowledge base from the TOML files in `knowledge/data/`."""

from __future__ import annotations

import functools
import hashlib
import tomllib
from importlib import resources
from typing import Any, overload

from ..cache import default_cache_dir, read_json, write_json
from .model import Check, Entry, Example, Expectation, KnowledgeBase, Note, Param, Text, Topic


class KnowledgeError(ValueError):
    """A data file does not follow the schema in `knowledge/README.md`."""


def _take(table: dict[str, Any], allowed: set[str], where: str) -> dict[str, Any]:
    unknown = set(table) - allowed
    if unknown:
        raise KnowledgeError(f"{where}: unknown keys {sorted(unknown)}")
    return table


@overload
def _text(table: dict[str, Any], where: str) -> Text: ...
@overload
def _text(table: None, where: str) -> None: ...
def _text(table: dict[str, Any] | None, where: str) -> Text | None:
    if table is None:
        return None
    _take(table, {"zh", "en"}, where)
    if not table.get("zh") or not table.get("en"):
        raise KnowledgeError(f"{where}: both zh and en are required")
    return Text(zh=table["zh"].strip(), en=table["en"].strip())


@overload
def _expectation(table: dict[str, Any], where: str) -> Expectation: ...
@overload
def _expectation(table: None, where: str) -> None: ...
def _expectation(table: dict[str, Any] | None, where: str) -> Expectation | None:
    if table is None:
        return None
    _take(table, {"shape", "dtype", "values", "value", "raises", "items"}, where)
    items = table.get("items")
    return Expectation(
        shape=tuple(table["shape"]) if "shape" in table else None,
        dtype=table.get("dtype"),
        values=table.get("values"),
        value=table.get("value"),
        raises=table.get("raises"),
        items=tuple(_expectation(i, f"{where}.items") for i in items) if items is not None else None,
    )


def _example(table: dict[str, Any], where: str) -> Example:
    _take(table, {"code", "setup", "expect", "sheet", "correction", "requires"}, where)
    if "expect" not in table:
        raise KnowledgeError(f"{where}: every example needs `expect`")
    return Example(
        code=table["code"].strip(),
        setup=table.get("setup", "").strip(),
        expect=_expectation(table["expect"], f"{where}.expect"),
        sheet=_expectation(table.get("sheet"), f"{where}.sheet"),
        correction=_text(table.get("correction"), f"{where}.correction"),
        requires=table.get("requires"),
    )


def _check(table: dict[str, Any], where: str) -> Check:
    _take(table, {"claim", "truth", "setup", "sheet_claim", "correction", "requires"}, where)
    return Check(
        claim=_text(table["claim"], f"{where}.claim"),
        truth=table["truth"].strip(),
        setup=table.get("setup", "").strip(),
        sheet_claim=table.get("sheet_claim"),
        correction=_text(table.get("correction"), f"{where}.correction"),
        requires=table.get("requires"),
    )


def _param(table: dict[str, Any], where: str) -> Param:
    _take(table, {"name", "zh", "en", "default", "choices"}, where)
    return Param(
        name=table["name"],
        text=_text({"zh": table.get("zh", ""), "en": table.get("en", "")}, where),
        default=table.get("default"),
        choices=tuple(table.get("choices", ())),
    )


_ENTRY_KEYS = {
    "name",
    "kind",
    "aliases",
    "signature",
    "doc_url",
    "zh",
    "en",
    "params",
    "examples",
    "checks",
    "notes",
    "related",
    "source",
}
_KINDS = {"function", "method", "class", "attribute", "module"}
_SOURCES = {"sheet", "torch-lsp"}


def _entry(table: dict[str, Any], topic: str) -> Entry:
    where = f"{topic}: entry {table.get('name', '?')}"
    _take(table, _ENTRY_KEYS, where)
    if table.get("kind") not in _KINDS:
        raise KnowledgeError(f"{where}: kind must be one of {sorted(_KINDS)}")
    if table.get("source", "sheet") not in _SOURCES:
        raise KnowledgeError(f"{where}: source must be one of {sorted(_SOURCES)}")
    return Entry(
        name=table["name"],
        kind=table["kind"],
        topic=topic,
        text=_text({"zh": table.get("zh", ""), "en": table.get("en", "")}, where),
        aliases=tuple(table.get("aliases", ())),
        signature=table.get("signature"),
        doc_url=table.get("doc_url"),
        params=tuple(_param(p, f"{where}.params") for p in table.get("params", ())),
        examples=tuple(_example(e, f"{where}.examples[{i}]") for i, e in enumerate(table.get("examples", ()))),
        checks=tuple(_check(c, f"{where}.checks[{i}]") for i, c in enumerate(table.get("checks", ()))),
        notes=tuple(table.get("notes", ())),
        related=tuple(table.get("related", ())),
        source=table.get("source", "sheet"),
    )


def _note(table: dict[str, Any], topic: str) -> Note:
    where = f"{topic}: note {table.get('id', '?')}"
    _take(table, {"id", "title", "body", "applies_to", "checks"}, where)
    return Note(
        id=table["id"],
        topic=topic,
        title=_text(table["title"], f"{where}.title"),
        body=_text(table["body"], f"{where}.body"),
        applies_to=tuple(table.get("applies_to", ())),
        checks=tuple(_check(c, f"{where}.checks[{i}]") for i, c in enumerate(table.get("checks", ()))),
    )


def parse_file(text: str, source: str) -> tuple[Topic, list[Entry], list[Note]]:
    """Parse one data file into its topic, entries and notes."""
    return _from_tables(tomllib.loads(text), source)


def _from_tables(data: dict[str, Any], source: str) -> tuple[Topic, list[Entry], list[Note]]:
    _take(data, {"topic", "entry", "note"}, source)
    topic_table = _take(data["topic"], {"id", "zh", "en"}, f"{source}: topic")
    topic = Topic(id=topic_table["id"], title=_text({"zh": topic_table["zh"], "en": topic_table["en"]}, source))
    entries = [_entry(e, topic.id) for e in data.get("entry", ())]
    notes = [_note(n, topic.id) for n in data.get("note", ())]
    return topic, entries, notes


def build(files: list[tuple[str, str]], tables: list[dict[str, Any]] | None = None) -> KnowledgeBase:
    """Build an indexed knowledge base from (source name, TOML text) pairs; `tables` are their parsed
    contents when already known."""
    kb = KnowledgeBase()
    tables = tables if tables is not None else [tomllib.loads(text) for _, text in files]
    for (source, _), data in zip(files, tables, strict=False):
        topic, entries, notes = _from_tables(data, source)
        kb.topics.append(topic)
        kb.entries.extend(entries)
        kb.notes.extend(notes)
    for entry in kb.entries:
        for name in (entry.name, *entry.aliases):
            if name in kb.by_name and kb.by_name[name] is not entry:
                raise KnowledgeError(f"{name} is claimed by two entries")
            kb.by_name[name] = entry
    known = set(kb.by_name)
    for note in kb.notes:
        missing = [name for name in note.applies_to if name not in known]
        if missing:
            raise KnowledgeError(f"note {note.id} applies to unknown entries {missing}")
    for entry in kb.entries:
        missing = [name for name in entry.related if name not in known]
        if missing:
            raise KnowledgeError(f"entry {entry.name} relates to unknown entries {missing}")
    return kb


@functools.cache
def load() -> KnowledgeBase:
    """Load the bundled knowledge base once per process."""
    data_dir = resources.files("torch_lsp.knowledge") / "data"
    files = sorted((p.name, p.read_text(encoding="utf-8")) for p in data_dir.iterdir() if p.name.endswith(".toml"))
    return build(files, _parsed(files))


def _parsed(files: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The files' TOML tables, from a JSON copy in the cache when the texts are unchanged: Python's TOML
    parser takes ~100 ms on them, JSON ~5."""
    digest = hashlib.blake2b(digest_size=16)
    for source, text in files:
        digest.update(f"{source}\0{text}\0".encode("utf-8", "surrogatepass"))
    path = default_cache_dir() / f"knowledge-{digest.hexdigest()}.json"
    tables = read_json(path)
    if isinstance(tables, list) and len(tables) == len(files):
        return tables
    tables = [tomllib.loads(text) for _, text in files]
    write_json(path, tables)
    return tables
