"""Quick fixes for shape errors: set a layer's input size, reshape, unsqueeze, convert dtypes."""

from __future__ import annotations

from collections.abc import Callable

from lsprotocol import types

from ..analysis.engine import Analysis
from ..documents import Unit
from ..i18n import t


def quick_fixes(
    analysis: Analysis,
    unit: Unit,
    uri: str,
    requested: types.Range,
    context: types.CodeActionContext,
    language: str,
    encode: Callable[[str, int, int], types.Position],
) -> list[types.CodeAction]:
    """Code actions for the issues on the requested lines; `encode(uri, line, column)` gives client positions."""
    span = unit.span_of(uri)
    if span is None:
        return []
    actions: list[types.CodeAction] = []
    for issue in analysis.issues:
        line = issue.line - span.first_line
        if not issue.fixes or not (requested.start.line <= line <= requested.end.line):
            continue
        related = [d for d in context.diagnostics if d.range.start.line == line and d.source == "torch-lsp"]
        for fix in issue.fixes:
            changes: dict[str, list[types.TextEdit]] = {}
            for edit in fix.edits:
                target = unit.span_at(edit.line)
                if target is None:
                    break
                start = encode(target.uri, edit.line - target.first_line, edit.column)
                end = encode(target.uri, edit.end_line - target.first_line, edit.end_column)
                changes.setdefault(target.uri, []).append(
                    types.TextEdit(range=types.Range(start=start, end=end), new_text=edit.text)
                )
            else:
                actions.append(
                    types.CodeAction(
                        title=t(fix.title, language, **fix.values),
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=related or None,
                        is_preferred=fix is issue.fixes[0],
                        edit=types.WorkspaceEdit(changes=changes),
                    )
                )
    return actions
