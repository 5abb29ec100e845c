"""Inlay hints: each tensor's shape right after the name it is assigned to."""

from __future__ import annotations

from typing import Sequence

from lsprotocol import types

from ..analysis.engine import Analysis
from ..analysis.interpreter import Binding
from ..analysis.values import TensorValue
from ..documents import CellSpan
from ..i18n import t
from ..settings import Settings


def hint_label(analysis: Analysis, value: TensorValue, settings: Settings) -> str:
    """`[64, 1, 28, 28]`, with the dtype appended when asked for and not float32."""
    label = analysis.shape_text(value)
    if settings.dtype_hints and value.dtype_name != "float32":
        label += f" {value.dtype_name}"
    return label


def hint_tooltip(analysis: Analysis, value: TensorValue, language: str) -> str:
    """dtype, device and how the shape was obtained."""
    lines = [f"`{analysis.shape_text(value)}` · `{value.dtype_name}` · `{value.device}`"]
    if value.origin:
        lines.append(f"{t('obtained_by', language)}: {' → '.join(value.origin)}")
    if value.checked_on:
        lines.append(t("checked_on", language, device=value.checked_on))
    return "\n\n".join(lines)


def inlay_hints(analysis: Analysis, span: CellSpan, lines: Sequence[str], requested: types.Range,
                settings: Settings, language: str, encode: callable) -> list[types.InlayHint]:
    """Hints for the bindings inside `span` and the requested range, in client position units."""
    if not settings.shape_hints:
        return []
    hints: list[types.InlayHint] = []
    for binding in analysis.hints():
        line = binding.line - span.first_line
        if not (0 <= line < span.line_count) or not (requested.start.line <= line <= requested.end.line):
            continue
        if line >= len(lines) or binding.column > len(lines[line]) or not _name_ends_at(binding, lines[line]):
            continue
        value = binding.value
        hints.append(types.InlayHint(
            position=encode(line, binding.column),
            label=hint_label(analysis, value, settings),
            kind=types.InlayHintKind.Type,
            padding_left=True,
            tooltip=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                        value=hint_tooltip(analysis, value, language)),
        ))
    return hints


def _name_ends_at(binding: Binding, line: str) -> bool:
    tail = binding.name.rsplit(".", 1)[-1]
    return line[: binding.column].endswith(tail)
