"""Map editor documents (files, notebook cells) to the units the analysis sees."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from urllib.parse import unquote

from lsprotocol import types
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument, Workspace

# LSP breaks lines at \n, \r\n and \r only; str.splitlines also breaks at form feeds, \x1c-\x1e, \x85,
# U+2028 and U+2029, which would shift every position after them.
_LINE_END = re.compile(r"(?<=\n)|(?<=\r)(?!\n)")


@functools.lru_cache(maxsize=16)
def _split(text: str) -> tuple[str, ...]:
    """`text` cut after each line ending; the last part is what follows the last one (maybe empty). Cached:
    every request asks for the lines of the same few documents."""
    return tuple(_LINE_END.split(text))


class LspTextDocument(TextDocument):
    """A text document whose lines are the protocol's lines."""

    @property
    def lines(self) -> tuple[str, ...]:
        """The lines with their line endings, split where LSP splits them."""
        parts = _split(self.source)
        return parts[:-1] if parts[-1] == "" else parts


class LspWorkspace(Workspace):
    """pygls's workspace, holding LspTextDocuments."""

    def _create_text_document(
        self, doc_uri: str, source: str | None = None, version: int | None = None, language_id: str | None = None
    ) -> TextDocument:
        return LspTextDocument(
            doc_uri,
            source=source,
            version=version,
            language_id=language_id,
            sync_kind=self._sync_kind,
            position_codec=self._position_codec,
        )


def file_path(uri: str) -> str | None:
    """The file a `file:` URI names (normalised); None for other schemes."""
    if not uri.startswith("file:"):
        return None
    path = to_fs_path(uri)
    return os.path.normpath(path) if path else None


def line_count(text: str) -> int:
    """How many lines LSP sees in `text`."""
    return len(_split(text))


@dataclass(frozen=True)
class CellSpan:
    """Where one document's lines sit inside its unit's joined source."""

    uri: str
    first_line: int
    line_count: int


@dataclass(frozen=True)
class Unit:
    """The source analysed as a whole: one file, or a notebook's code cells joined in order."""

    key: str
    source: str
    spans: tuple[CellSpan, ...]
    version: tuple

    @property
    def cell_lines(self) -> tuple[int, ...]:
        """The first joined line of each cell of a notebook; () for a file."""
        return tuple(span.first_line for span in self.spans) if self.spans[0].uri != self.key else ()

    def span_of(self, uri: str) -> CellSpan | None:
        """The span of a member document (None if `uri` is not part of this unit)."""
        wanted = unquote(uri)
        return next((span for span in self.spans if unquote(span.uri) == wanted), None)

    def span_at(self, line: int) -> CellSpan | None:
        """The member document that holds joined line `line`."""
        return next((s for s in self.spans if s.first_line <= line < s.first_line + s.line_count), None)


def _is_python_cell(cell: types.NotebookCell, language: str | None) -> bool:
    return cell.kind == types.NotebookCellKind.Code and (language or "python") == "python"


def unit_for(workspace: Workspace, uri: str) -> Unit | None:
    """The unit that contains document `uri` (None for a closed document or a non-Python cell)."""
    notebook = workspace.get_notebook_document(cell_uri=uri)
    if notebook is not None:
        return _notebook_unit(workspace, notebook, uri)
    document = workspace.text_documents.get(unquote(uri))
    if document is None:
        return None
    source = document.source
    return Unit(uri, source, (CellSpan(uri, 0, line_count(source)),), (document.version,))


def _notebook_unit(workspace: Workspace, notebook: types.NotebookDocument, uri: str) -> Unit | None:
    spans: list[CellSpan] = []
    texts: list[str] = []
    versions: list[int | None] = [notebook.version]
    line = 0
    for cell in notebook.cells:
        document = workspace.text_documents.get(unquote(cell.document))
        if document is None or not _is_python_cell(cell, document.language_id):
            continue
        text = document.source.rstrip("\r\n")
        count = line_count(text)
        spans.append(CellSpan(cell.document, line, count))
        texts.append(text)
        versions.append(document.version)
        line += count
    unit = Unit(notebook.uri, "\n".join(texts), tuple(spans), tuple(versions))
    return unit if unit.span_of(uri) is not None else None
