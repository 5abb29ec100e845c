"""Inlay hints: each tensor's shape right after the name it is assigned to."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lsprotocol import types

from ..analysis.engine import Analysis
from ..analysis.interpreter import Binding
from ..analysis.values import TensorValue
from ..documents import CellSpan
from ..i18n import t
from ..settings import Settings

HINT_PREFIX = ": "


def hint_label(analysis: Analysis, value: TensorValue, settings: Settings) -> str:
    """`: [64, 1, 28, 28]` (read as a type annotation), with the dtype appended when asked for and not float32."""
    label = HINT_PREFIX + shape_label(analysis, value)
    if settings.dtype_hints and value.dtype_name != "float32":
        label += f" {value.dtype_name}"
    return label


def shape_label(analysis: Analysis, value: TensorValue) -> str:
    """The shape, or for a 0-d tensor its value when known, else `scalar`."""
    if value.shape:
        return analysis.shape_text(value)
    contents = value.contents
    if contents is None or contents.numel() != 1:
        return "scalar"
    item = contents.item()
    if not isinstance(item, float):
        return str(item)
    text = f"{item:.4g}"
    return text if any(mark in text for mark in ".enai") else text + ".0"  # 3.0 stays a float


def hint_tooltip(analysis: Analysis, value: TensorValue, language: str) -> types.MarkupContent:
    """dtype, device and how the shape was obtained."""
    lines = [f"`{analysis.shape_text(value)}` · `{value.dtype_name}` · `{value.device}`"]
    if value.origin:
        lines.append(f"{t('obtained_by', language)}: {' → '.join(value.origin)}")
    if value.checked_on:
        lines.append(t("checked_on", language, device=value.checked_on))
    return types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n".join(lines))


def inlay_hints(
    analysis: Analysis,
    span: CellSpan,
    lines: Sequence[str],
    requested: types.Range,
    settings: Settings,
    language: str,
    encode: Callable[[int, int], types.Position],
    resolve_uri: str | None = None,
) -> list[types.InlayHint]:
    """Hints for the bindings inside `span` and the requested range, in client position units.

    With `resolve_uri` (the client resolves tooltips lazily) a hint carries `data` for
    `inlayHint/resolve` instead of its tooltip.
    """
    if not settings.shape_hints:
        return []
    hints: list[types.InlayHint] = []
    for binding in analysis.hints():
        line = binding.line - span.first_line
        if not (0 <= line < span.line_count) or not (requested.start.line <= line <= requested.end.line):
            continue
        if line >= len(lines) or binding.column > len(lines[line]) or not _name_ends_at(binding, lines[line]):
            continue
        hint = types.InlayHint(
            position=encode(line, binding.column),
            label=hint_label(analysis, binding.value, settings),
            kind=types.InlayHintKind.Type,
        )
        if resolve_uri is None:
            hint.tooltip = hint_tooltip(analysis, binding.value, language)
        else:
            hint.data = [resolve_uri, binding.line, binding.column]
        hints.append(hint)
    return hints


def resolve_tooltip(hint: types.InlayHint, analysis: Analysis, settings: Settings, language: str) -> types.InlayHint:
    """Fill in the tooltip of a hint sent without one, if the analysis still shows the same label there."""
    if not isinstance(hint.data, list):
        return hint
    _, line, column = hint.data
    binding = analysis.hint_at(line, column)
    if binding is not None and hint_label(analysis, binding.value, settings) == hint.label:
        hint.tooltip = hint_tooltip(analysis, binding.value, language)
    return hint


def _name_ends_at(binding: Binding, line: str) -> bool:
    tail = binding.name.rsplit(".", 1)[-1]
    return line[: binding.column].endswith(tail)
