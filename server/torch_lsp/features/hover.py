"""Hover: cheat-sheet knowledge for torch APIs, inferred shapes for tensor variables."""

from __future__ import annotations

import inspect
from types import ModuleType
from typing import Any

from ..analysis.engine import Analysis
from ..analysis.reasons import Reason
from ..analysis.values import TensorValue, class_name_of
from ..i18n import t
from ..knowledge.checked import CheckedExamples
from ..knowledge.lookup import EntryIndex
from ..knowledge.model import Entry, Example
from ..knowledge.verify import CORRECTED, FAIL, PASS, SKIPPED, Outcome
from ..torch_names import resolve_object
from .context import Target

_DOCS = "https://pytorch.org/docs/stable/generated/{name}.html"
_MAX_EXAMPLES = 2


def hover_markdown(
    target: Target,
    language: str,
    torch: ModuleType | None,
    device: str | None,
    index: EntryIndex,
    checked: CheckedExamples,
    analysis: Analysis | None,
) -> str | None:
    """The Markdown shown for `target`, or None when there is nothing useful to say."""
    sections: list[str] = []
    if target.variable is not None:
        sections.append(variable_markdown(target.variable, target.value, language, analysis, target.reason))
    if target.qualname is not None and not isinstance(target.value, TensorValue):
        entry = index.find(target.qualname, torch)
        if entry is not None:
            sections.append(entry_markdown(entry, language, torch, device, index, checked))
        elif torch is not None and target.variable is None:
            generic = torch_doc_markdown(target.qualname, torch, language)
            if generic:
                sections.append(generic)
    sections = [s for s in sections if s]
    return "\n\n---\n\n".join(sections) if sections else None


def variable_markdown(
    name: str, value: Any, language: str, analysis: Analysis | None, reason: Reason | None = None
) -> str:
    """`x` · Tensor `[64, 1, 28, 28]` · float32 · cpu, and how the shape was obtained (or why it was not)."""
    if reason is not None:
        return f"```python\n{name}\n```\n{t('shape_unknown', language, code=reason.code, line=reason.line + 1)}"
    if isinstance(value, TensorValue) and analysis is not None:
        shape = analysis.shape_text(value)
        lines = [
            f"```python\n{name}: Tensor  # {shape} {value.dtype_name} {value.device}\n```",
            f"**{t('shape', language)}** `{shape}` · `{value.dtype_name}` · `{value.device}`",
        ]
        if value.origin:
            lines.append(f"{t('obtained_by', language)}: {' → '.join(value.origin)}")
        if value.checked_on:
            lines.append(t("checked_on", language, device=value.checked_on))
        if "?" in shape:
            lines.append(t("unknown_dim", language))
        return "\n\n".join(lines)
    owner = class_name_of(value)
    if owner is not None:
        return f"```python\n{name}: {owner.rsplit('.', 1)[-1]}\n```\n{t('instance_of', language)} `{owner}`"
    return ""


def signature_of(name: str, obj: Any, entry: Entry | None = None) -> str | None:
    """The real signature from torch (or the knowledge base's where torch cannot tell)."""
    short = name.rsplit(".", 1)[-1]
    try:
        signature = str(inspect.signature(obj))
        if signature != "(*args, **kwargs)":
            return f"{short}{signature}"
    except (TypeError, ValueError):
        pass
    if entry is not None and entry.signature:
        return (
            entry.signature
            if "(" in entry.signature.split(")")[0] and not entry.signature.startswith("(")
            else f"{short}{entry.signature}"
        )
    first = (inspect.getdoc(obj) or "").strip().splitlines()
    if first and first[0].startswith(short + "("):
        return first[0]
    return None


def entry_markdown(
    entry: Entry,
    language: str,
    torch: ModuleType | None,
    device: str | None,
    index: EntryIndex,
    checked: CheckedExamples,
) -> str:
    """The knowledge-base hover for one entry."""
    obj = resolve_object(torch, entry.name) if torch is not None else None
    signature = signature_of(entry.name, obj, entry) if obj is not None else entry.signature
    parts = [f"```python\n{signature or entry.name}\n```", f"**`{entry.name}`**", entry.text.pick(language)]
    if entry.params:
        rows = [
            f"- `{p.name}`" + (f" = `{p.default}`" if p.default else "") + f" — {p.text.pick(language)}"
            for p in entry.params
        ]
        parts.append(f"**{t('parameters', language)}**\n" + "\n".join(rows))
    outcomes = checked.outcomes(entry, device) if torch is not None and device else None
    for position in _examples_to_show(entry):
        example = entry.examples[position]
        outcome = outcomes[position] if outcomes else None
        parts.append(_example_markdown(example, outcome, language))
    for note in index.kb.notes_for(entry.name):
        parts.append(f"**{note.title.pick(language)}**\n\n{note.body.pick(language)}")
    parts.append(f"[{t('documentation', language)}]({entry.doc_url or _DOCS.format(name=entry.name)})")
    return "\n\n".join(parts)


def _examples_to_show(entry: Entry) -> list[int]:
    corrected = [i for i, e in enumerate(entry.examples) if e.correction]
    plain = [i for i, e in enumerate(entry.examples) if not e.correction]
    return (corrected + plain)[:_MAX_EXAMPLES]


def _example_markdown(example: Example, outcome: Outcome | None, language: str) -> str:
    code = (example.setup + "\n" if example.setup else "") + example.code
    result = outcome.result if outcome is not None else example.expect.describe()
    block = f"**{t('example', language)}**\n```python\n{code}\n# → {result}\n```"
    if outcome is None:
        return f"{block}\n{t('unchecked', language)}"
    if outcome.status == PASS:
        return f"{block}\n{t('checked_on', language, device=outcome.device)}"
    if outcome.status == CORRECTED and example.sheet is not None and example.correction is not None:
        status = t("corrected", language, sheet=example.sheet.describe(), truth=outcome.result, device=outcome.device)
        return f"{block}\n{status}\n\n> {example.correction.pick(language)}"
    if outcome.status == SKIPPED:
        return f"{block}\n{t('needs', language, module=example.requires)}"
    if outcome.status == FAIL:
        return f"{block}\n{t('check_failed', language, device=outcome.device, result=outcome.result)}"
    return block


def torch_doc_markdown(qualname: str, torch: ModuleType, language: str) -> str | None:
    """A hover for torch names the cheat sheet does not cover: signature and first docstring paragraph."""
    obj = resolve_object(torch, qualname)
    if obj is None or isinstance(obj, (int, float, str, bool)):
        return None
    doc = inspect.getdoc(obj) or ""
    signature = signature_of(qualname, obj)
    paragraphs = [p.strip() for p in doc.split("\n\n") if p.strip()]
    if paragraphs and signature and paragraphs[0].startswith(signature.split("(")[0] + "("):
        paragraphs = paragraphs[1:]
    summary = paragraphs[0] if paragraphs else ""
    parts = [f"```python\n{signature or qualname}\n```", f"**`{qualname}`**", t("not_in_sheet", language)]
    if summary:
        parts.append(summary)
    parts.append(f"[{t('documentation', language)}]({_DOCS.format(name=qualname)})")
    return "\n\n".join(parts)
