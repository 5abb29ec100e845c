"""Inlay hints: each tensor's shape right after the name it is assigned to."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from lsprotocol import types

from ..analysis.engine import Analysis
from ..analysis.interpreter import Binding
from ..analysis.values import TensorValue
from ..documents import CellSpan
from ..i18n import t
from ..settings import Settings

HINT_PREFIX = ": "


@dataclass(frozen=True)
class HintView:
    """What the hint of one binding shows: rendered without the analysis, so it can be kept on disk
    (see hint_snapshots)."""

    line: int
    column: int
    name: str
    label: str  # the shape, a 0-d tensor's value, or `scalar`
    shape: str
    dtype: str
    device: str
    origin: tuple[str, ...] = ()
    checked_on: str | None = None


def hint_view(analysis: Analysis, binding: Binding) -> HintView:
    """The view of a hint site of `analysis`."""
    value = binding.value
    shape = analysis.shape_text(value)
    return HintView(
        binding.line,
        binding.column,
        binding.name,
        shape if value.shape else _scalar_label(value),
        shape,
        value.dtype_name,
        value.device,
        tuple(value.origin),
        value.checked_on,
    )


def hint_views(analysis: Analysis, first_line: int = 0, last_line: int | None = None) -> Iterator[HintView]:
    """The views of the hint sites on lines `first_line`..`last_line` of the unit (all by default)."""
    hints = analysis.hints()
    start = bisect.bisect_left(hints, first_line, key=lambda b: b.line)
    for binding in hints[start:]:
        if last_line is not None and binding.line > last_line:
            return
        yield hint_view(analysis, binding)


def _scalar_label(value: TensorValue) -> str:
    """A 0-d tensor's value when known, else `scalar`."""
    contents = value.contents
    if contents is None or contents.numel() != 1:
        return "scalar"
    item = contents.item()
    if not isinstance(item, float):
        return str(item)
    text = f"{item:.4g}"
    return text if any(mark in text for mark in ".enai") else text + ".0"  # 3.0 stays a float


def hint_label(view: HintView, settings: Settings) -> str:
    """`: [64, 1, 28, 28]` (read as a type annotation), with the dtype appended when asked for and not float32."""
    label = HINT_PREFIX + view.label
    if settings.dtype_hints and view.dtype != "float32":
        label += f" {view.dtype}"
    return label


def hint_tooltip(view: HintView, language: str, from_snapshot: bool = False) -> types.MarkupContent:
    """dtype, device and how the shape was obtained (and that it was kept on disk, for a snapshot's)."""
    lines = [f"`{view.shape}` · `{view.dtype}` · `{view.device}`"]
    if view.origin:
        lines.append(f"{t('obtained_by', language)}: {' → '.join(view.origin)}")
    if view.checked_on:
        lines.append(t("checked_on", language, device=view.checked_on))
    if from_snapshot:
        lines.append(t("from_snapshot", language))
    return types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n".join(lines))


def inlay_hints(
    views: Iterable[HintView],
    span: CellSpan,
    lines: Sequence[str],
    requested: types.Range,
    settings: Settings,
    language: str,
    encode: Callable[[int, int], types.Position],
    resolve_uri: str | None = None,
    from_snapshot: bool = False,
) -> list[types.InlayHint]:
    """Hints for the views inside `span` and the requested range, in client position units.

    With `resolve_uri` (the client resolves tooltips lazily) a hint carries `data` for
    `inlayHint/resolve` instead of its tooltip; without it, and always for a snapshot's views (there is no
    analysis yet to resolve them from), the tooltip is sent with the hint.
    """
    if not settings.shape_hints:
        return []
    hints: list[types.InlayHint] = []
    for view in views:
        line = view.line - span.first_line
        if not (0 <= line < span.line_count) or not (requested.start.line <= line <= requested.end.line):
            continue
        if line >= len(lines) or view.column > len(lines[line]) or not _name_ends_at(view, lines[line]):
            continue
        hint = types.InlayHint(
            position=encode(line, view.column), label=hint_label(view, settings), kind=types.InlayHintKind.Type
        )
        if resolve_uri is None or from_snapshot:
            hint.tooltip = hint_tooltip(view, language, from_snapshot)
        else:
            hint.data = [resolve_uri, view.line, view.column]
        hints.append(hint)
    return hints


def requested_lines(span: CellSpan, requested: types.Range) -> tuple[int, int]:
    """The unit's lines that a request for `requested` in `span` covers."""
    return span.first_line + requested.start.line, span.first_line + requested.end.line


def resolve_tooltip(hint: types.InlayHint, analysis: Analysis, settings: Settings, language: str) -> types.InlayHint:
    """Fill in the tooltip of a hint sent without one, if the analysis still shows the same label there."""
    if not isinstance(hint.data, list):
        return hint
    _, line, column = hint.data
    binding = analysis.hint_at(line, column)
    if binding is None:
        return hint
    view = hint_view(analysis, binding)
    if hint_label(view, settings) == hint.label:
        hint.tooltip = hint_tooltip(view, language)
    return hint


def _name_ends_at(view: HintView, line: str) -> bool:
    tail = view.name.rsplit(".", 1)[-1]
    return line[: view.column].endswith(tail)
