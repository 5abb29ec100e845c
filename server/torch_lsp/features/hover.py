"""Hover: cheat-sheet knowledge for torch APIs, inferred shapes for tensor variables."""

from __future__ import annotations

import inspect
import re
from collections.abc import Sequence as Sequence_
from types import ModuleType
from typing import Any

from ..analysis.engine import Analysis
from ..analysis.reasons import Reason
from ..analysis.values import Sequence, TensorValue, class_name_of
from ..i18n import t
from ..knowledge.checked import CheckedExamples
from ..knowledge.lookup import EntryIndex
from ..knowledge.model import Entry, Example, Note
from ..knowledge.verify import CORRECTED, FAIL, PASS, SKIPPED, Outcome
from ..torch_names import resolve_object
from .context import Target
from .doc_examples import DocExample, cached_doc_example
from .functional_links import functional_of, layer_of

_DOCS = "https://pytorch.org/docs/stable/generated/{name}.html"
_MAX_DOC_EXAMPLE_LINES = 12


def hover_markdown(
    target: Target,
    language: str,
    torch: ModuleType | None,
    device: str | None,
    index: EntryIndex,
    checked: CheckedExamples,
    analysis: Analysis | None,
    compact: bool = False,
) -> str | None:
    """The Markdown shown for `target`, or None when there is nothing useful to say.

    `compact`: the cursor is on a shape error, whose own message the editor shows beside this hover.
    """
    sections: list[str] = []
    if target.variable is not None:
        sections.append(variable_markdown(target.variable, target.value, language, analysis, target.reason))
    if target.qualname is not None and not isinstance(target.value, TensorValue):
        lead = [line for line in (_call_shapes(target, analysis), _owners_note(target, language)) if line]
        entry, functional = knowledge_for(target.qualname, torch, index)
        if entry is not None:
            sections.extend(entry_markdown(entry, language, torch, device, index, checked, lead, compact, functional))
        elif torch is not None and target.variable is None:
            example = cached_doc_example(target.qualname, device)[1] if device else None
            generic = torch_doc_markdown(target.qualname, torch, language, lead, example)
            if generic:
                sections.append(generic)
    return join_sections(sections)


def join_sections(sections: list[str]) -> str | None:
    """Hover sections as one Markdown text, separated by rules; None when all are empty."""
    shown = [section for section in sections if section]
    return "\n\n---\n\n".join(shown) if shown else None


def knowledge_for(qualname: str, torch: ModuleType | None, index: EntryIndex) -> tuple[Entry | None, str | None]:
    """The knowledge-base entry shown for `qualname`: its own, or its layer's for a functional form (then the
    functional form's name comes second)."""
    entry = index.find(qualname, torch)
    if entry is not None or torch is None:
        return entry, None
    layer = layer_of(torch, qualname)
    layer_entry = index.find(layer, torch) if layer is not None else None
    return (layer_entry, qualname) if layer_entry is not None else (None, None)


def issue_at(analysis: Analysis | None, line: int, character: int) -> bool:
    """Whether a reported shape error covers (line, character) of the unit."""
    return analysis is not None and any(
        (i.line, i.column) <= (line, character) <= (i.end_line, i.end_column) and i.sure for i in analysis.issues
    )


def _call_shapes(target: Target, analysis: Analysis | None) -> str | None:
    """`[4, 8, 32] → [4, 32, 8]` for a method call on a tensor whose shapes the analysis knows."""
    if analysis is None or not isinstance(target.receiver, TensorValue) or target.result is None:
        return None
    result = target.result
    items = result.items if isinstance(result, Sequence) and result.items is not None else (result,)
    tensors = [item for item in items if isinstance(item, TensorValue)]
    if not items or len(tensors) < len(items):
        return None
    shapes = ", ".join(f"`{analysis.shape_text(item)}`" for item in tensors)
    return f"`{analysis.shape_text(target.receiver)}` → {shapes}"


def _owners_note(target: Target, language: str) -> str | None:
    """A one-line note when a method was resolved by its name alone and several torch classes have it."""
    if len(target.owners) < 2:
        return None
    name = target.qualname.rsplit(".", 1)[-1] if target.qualname else ""
    listed = " / ".join(f"{owner.rsplit('.', 1)[-1]}.{name}" for owner in target.owners)
    return t("several_owners", language, name=name, listed=listed, shown=target.owners[0].rsplit(".", 1)[-1])


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
    """The real signature from torch (or the knowledge base's where torch cannot tell), without `-> None`."""
    signature = _signature(name, obj, entry)
    return signature.removesuffix(" -> None") if signature else None


def _signature(name: str, obj: Any, entry: Entry | None) -> str | None:
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
    lead: Sequence_[str] = (),
    compact: bool = False,
    shown_for: str | None = None,
) -> list[str]:
    """The knowledge-base hover for one entry: a short first section (signature, meaning, one example and
    its check) and a second one (parameters, corrections of the sheet, notes, links); `shown_for` is a
    functional form shown with its layer's entry."""
    name = shown_for or entry.name
    obj = resolve_object(torch, name) if torch is not None else None
    signature = signature_of(name, obj, entry if shown_for is None else None) if obj is not None else entry.signature
    title = f"**`{name}`**"
    if shown_for is not None and shown_for != entry.name:
        title += " · " + t("layer_form", language, layer=entry.name)
    first = [f"```python\n{signature or name}\n```", *lead, f"{title} — {entry.text.pick(language)}"]
    link = f"[{t('documentation', language)}]({entry.doc_url or _DOCS.format(name=entry.name)})"
    source = t("source_" + getattr(entry, "source", "sheet").replace("-", "_"), language)
    if compact:
        return ["\n\n".join([*first, f"{link} · {source}"])]
    outcomes = checked.outcomes(entry, device) if torch is not None and device else None
    order = [i for i, e in enumerate(entry.examples) if not e.correction]
    order += [i for i, e in enumerate(entry.examples) if e.correction]
    for position in order[:1]:
        outcome = outcomes[position] if outcomes else None
        first.append(_example_markdown(entry.examples[position], outcome, language, editorial=False))
    second: list[str] = []
    if entry.params:
        rows = [
            f"- `{p.name}`" + (f" = `{p.default}`" if p.default else "") + f" — {p.text.pick(language)}"
            for p in entry.params
        ]
        second.append(f"**{t('parameters', language)}**\n" + "\n".join(rows))
    for position in [i for i in order if entry.examples[i].correction][:1]:
        outcome = outcomes[position] if outcomes else None
        second.append(
            _correction_markdown(entry.examples[position], outcome, language)
            if position == order[0]
            else _example_markdown(entry.examples[position], outcome, language)
        )
    notes = [note.title.pick(language) for note in index.kb.notes_for(entry.name) if _on_topic(note, entry.name)]
    if notes:
        second.append(f"**{t('notes', language)}** " + " · ".join(notes))
    links = [link, source]
    functional = functional_of(torch, entry.name) if torch is not None else None
    if functional is not None and functional != shown_for:
        links.append(t("functional_form", language, functional=_short(functional)))
    layer = layer_of(torch, entry.name) if torch is not None else None
    if layer is not None:
        links.append(t("module_form", language, layer=_short(layer)))
    related = [_short(name) for name in entry.related if name not in (functional, layer, shown_for)]
    if related:
        links.append(t("related", language, names=", ".join(f"`{name}`" for name in related)))
    second.append(" · ".join(links))
    return ["\n\n".join(first), "\n\n".join(second)]


def _short(name: str) -> str:
    """`F.relu`, `nn.ReLU`: a torch name as code usually writes it."""
    return name.replace("torch.nn.functional.", "F.").replace("torch.nn.", "nn.")


def _on_topic(note: Note, name: str) -> bool:
    """A note belongs under an entry of the namespace its first API is in (Xavier initialisation is about
    `nn.init`, not about the layers it also lists)."""
    return not note.applies_to or note.applies_to[0].rsplit(".", 1)[0] == name.rsplit(".", 1)[0]


def _correction_markdown(example: Example, outcome: Outcome | None, language: str) -> str:
    """What the cheat sheet printed for an example, what torch gives, and why they differ."""
    if outcome is None or outcome.status != CORRECTED or example.sheet is None or example.correction is None:
        return ""
    status = t("corrected", language, sheet=example.sheet.describe(), truth=outcome.result, device=outcome.device)
    return f"{status}\n\n> {example.correction.pick(language)}"


_LONG_FLOAT = re.compile(r"-?\d+\.\d{5,}(?:e[-+]?\d+)?")


def _rounded(text: str) -> str:
    """Example results with long floats cut to four significant digits."""
    return _LONG_FLOAT.sub(lambda m: f"{float(m.group()):.4g}", text)


def _example_markdown(example: Example, outcome: Outcome | None, language: str, editorial: bool = True) -> str:
    """An example with its verified result; `editorial`: with the sheet's corrected claim beside it."""
    code = (example.setup + "\n" if example.setup else "") + example.code
    result = _rounded(outcome.result if outcome is not None else example.expect.describe())
    block = f"**{t('example', language)}**\n```python\n{code}\n# → {result}\n```"
    if outcome is None:
        return f"{block}\n{t('unchecked', language)}"
    if outcome.status == PASS or (outcome.status == CORRECTED and not editorial):
        return f"{block}\n{t('checked_on', language, device=outcome.device)}"
    if outcome.status == CORRECTED:
        return f"{block}\n{_correction_markdown(example, outcome, language)}"
    if outcome.status == SKIPPED:
        return f"{block}\n{t('needs', language, module=example.requires)}"
    if outcome.status == FAIL:
        return f"{block}\n{t('check_failed', language, device=outcome.device, result=outcome.result)}"
    return block


def torch_doc_markdown(
    qualname: str, torch: ModuleType, language: str, lead: Sequence_[str] = (), example: DocExample | None = None
) -> str | None:
    """A hover for torch names the cheat sheet does not cover: signature, the docstring's summary and its
    example, checked by the shape engine."""
    obj = resolve_object(torch, qualname)
    if obj is None or isinstance(obj, (int, float, str, bool)):
        return None
    signature = signature_of(qualname, obj)
    summary = docstring_summary(inspect.getdoc(obj) or "", signature)
    parts = [f"```python\n{signature or qualname}\n```", *lead, f"**`{qualname}`**", t("not_in_sheet", language)]
    if summary:
        parts.append(summary)
    if example is not None and example.code.count("\n") < _MAX_DOC_EXAMPLE_LINES:
        parts.append(f"**{t('example', language)}**\n```python\n{example.code}\n```")
        if example.verified:
            parts[-1] += "\n" + t(
                "doc_shapes_checked" if example.by_shape else "doc_checked", language, device=example.device
            )
    parts.append(f"[{t('documentation', language)}]({_DOCS.format(name=qualname)})")
    return "\n\n".join(parts)


_ROLE = re.compile(r":(?:func|class|meth|attr|mod|ref|obj|data|math):`~?([^`<]*?)(?:\s*<[^>]*>)?`")


def docstring_summary(doc: str, signature: str | None) -> str:
    """The first paragraph of a docstring that is not its signature line, on one line, Sphinx roles as code."""
    paragraphs = [p.strip() for p in doc.split("\n\n") if p.strip()]
    if paragraphs and signature and paragraphs[0].startswith(signature.split("(")[0] + "("):
        paragraphs = paragraphs[1:]
    if not paragraphs:
        return ""
    text = " ".join(line.strip() for line in paragraphs[0].splitlines())
    text = _ROLE.sub(lambda m: f"`{m.group(1).strip()}`", text)
    return text.replace("``", "`")
