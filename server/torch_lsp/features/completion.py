"""Completion: snippets at statement positions (API, argument and dimension completions to come)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from .snippets import snippet_completions

if TYPE_CHECKING:
    from ..server import TorchLanguageServer


async def completions(ls: TorchLanguageServer, params: types.CompletionParams) -> types.CompletionList | None:
    """Completion items at a position."""
    document = ls.workspace.get_text_document(params.text_document.uri)
    lines = document.lines
    if params.position.line >= len(lines):
        return None
    position = document.position_codec.position_from_client_units(lines, params.position)
    items = snippet_completions(document.source, position.line, position.character, ls.language)
    return types.CompletionList(is_incomplete=False, items=items)


def resolve_completion(ls: TorchLanguageServer, item: types.CompletionItem) -> types.CompletionItem:
    """Add documentation lazily (snippets carry theirs already)."""
    return item
