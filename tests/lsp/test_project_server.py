"""Projects through the protocol: hints that need another file, in both directions, kept current as files change."""

from __future__ import annotations

import asyncio
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import shape_truth
from lsp_support import EditorClient, client_for, hint_shape, inlay_hints
from lsprotocol import types
from pytest_lsp import LanguageClient

CORPUS = Path(__file__).parent.parent / "corpora" / "project_corpus"
COPIES = {"split1": "split", "split2": "split", "split3": "split", "notebook": "notebook"}
Hints = dict[str, str]  # the stripped text of a line -> the labels of its hints


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("workspace")
    for copy, original in COPIES.items():
        shutil.copytree(CORPUS / original, folder / copy)
    return folder


client = client_for(root="root")


def _open(client: LanguageClient, path: Path) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=path.read_text())
        )
    )
    return uri


async def _hints(client: LanguageClient, uri: str, text: str) -> Hints:
    lines = text.split("\n")
    found: Hints = {}
    for hint in await inlay_hints(client, uri):
        found[lines[hint.position.line].strip()] = (
            found.get(lines[hint.position.line].strip(), "") + " " + hint_shape(hint)
        ).strip()
    return found


async def _until(
    client: LanguageClient, uri: str, text: str, ready: Callable[[Hints], bool], timeout: float = 60.0
) -> Hints:
    deadline = time.monotonic() + timeout
    while True:
        hints = await _hints(client, uri, text)
        if ready(hints) or time.monotonic() > deadline:
            return hints
        await asyncio.sleep(0.2)


def _classes(count: int) -> Callable[[Hints], bool]:
    """Whether the classifier's logits inside `forward` are shown with `count` classes."""
    return lambda hints: re.fullmatch(rf"\[\S+, {count}\]", hints.get("logits = self.head(z)", "")) is not None


async def test_hints_flow_across_files_in_both_directions(client: LanguageClient, root: Path):
    train = root / "split1" / "train.py"
    uri = _open(client, train)
    hints = await _until(client, uri, train.read_text(), lambda h: "logits = model(xb)" in h)
    assert hints["logits = model(xb)"] == "[64, 5]"  # the model and the loader come from two other files
    assert hints["scores = model(probe)"] == "[3, 5]"
    models = root / "split1" / "models.py"
    uri = _open(client, models)
    hints = await _until(client, uri, models.read_text(), _classes(5))
    assert _classes(5)(hints), hints  # only train.py calls forward
    assert re.fullmatch(r"\[\S+, 32\]", hints["z = self.encoder(x)"])
    progress = client.progress_reports.get("workspace-index", [])
    assert isinstance(progress[0], types.WorkDoneProgressBegin)
    assert isinstance(progress[-1], types.WorkDoneProgressEnd)


async def test_an_edit_reanalyses_the_files_it_affects(client: EditorClient, root: Path):
    models, train = root / "split2" / "models.py", root / "split2" / "train.py"
    models_uri, train_uri = _open(client, models), _open(client, train)
    assert _classes(5)(await _until(client, models_uri, models.read_text(), _classes(5)))
    refreshes = client.inlay_hint_refreshes
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=train_uri, version=2),
            content_changes=[
                types.TextDocumentContentChangeWholeDocument(text=train.read_text().replace("(5)", "(7)"))
            ],
        )
    )
    hints = await _until(client, models_uri, models.read_text(), _classes(7))
    assert _classes(7)(hints), hints
    assert client.inlay_hint_refreshes > refreshes


async def test_a_closed_file_changed_on_disk_is_seen_through_watched_files(client: EditorClient, root: Path):
    assert any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in client.registrations)
    models, train = root / "split3" / "models.py", root / "split3" / "train.py"
    uri = _open(client, models)
    assert _classes(5)(await _until(client, uri, models.read_text(), _classes(5)))
    train.write_text(train.read_text().replace("(5)", "(9)"))
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=train.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    hints = await _until(client, uri, models.read_text(), _classes(9))
    assert _classes(9)(hints), hints


async def test_a_notebook_importing_a_module_next_to_it(client: LanguageClient, root: Path):
    notebook = root / "notebook" / "explore.ipynb"
    cells = shape_truth.notebook_cells(notebook)
    uris = shape_truth.open_notebook(client, notebook.as_uri(), cells)
    last_cell = cells[-1][1]
    hints = await _until(client, uris[-1], last_cell, lambda h: "d = pairwise(z, y)" in h)
    assert hints["d = pairwise(z, y)"] == "[50, 7]"
    helpers = root / "notebook" / "helpers.py"
    uri = _open(client, helpers)
    hints = await _until(client, uri, helpers.read_text(), lambda h: "dots = a @ b.T" in h)
    assert hints["dots = a @ b.T"] == "[50, 7]"  # only the notebook calls it
