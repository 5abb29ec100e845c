"""Hint snapshots: a file opened again shows the hints of its last analysis before torch has loaded, and only
while the file and every file its analysis read have the texts they had (see torch_lsp.hint_snapshots)."""

from __future__ import annotations

import ast
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from lsp_support import (
    COMMAND,
    EditorClient,
    hint_label,
    inlay_hints,
    markdown,
    shutdown,
    start,
    wait_until_ready,
)
from lsprotocol import types
from pytest_lsp import ClientServerConfig

MODEL = """import torch
from sizes import WIDTH

x = torch.zeros(4, WIDTH)
y = torch.cat([x, x], dim=1)
row = y.mean(0)
"""


def executed_labels(root: Path) -> list[str]:
    """The labels of x, y and row as running model.py in `root` shows their shapes."""
    script = "import runpy; g = runpy.run_path('model.py'); print([list(g[n].shape) for n in ('x', 'y', 'row')])"
    run = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
    return [f": {shape}" for shape in ast.literal_eval(run.stdout)]


async def opened(cache: Path, root: Path, name: str) -> tuple[EditorClient, str]:
    """A server using `cache` as its cache folder, with `root / name` open."""
    config = ClientServerConfig(
        server_command=COMMAND, client_factory=EditorClient, server_env={**os.environ, "XDG_CACHE_HOME": str(cache)}
    )
    client = await config.start()
    assert isinstance(client, EditorClient)
    await start(client, root=root)
    path = root / name
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=path.as_uri(), language_id="python", version=1, text=path.read_text()
            )
        )
    )
    return client, path.as_uri()


async def analysed_labels(client: EditorClient, uri: str) -> list[str]:
    """The hint labels once torch and its symbolic sizes have loaded and the file is analysed with them."""
    await wait_until_ready(client)
    hints: list[types.InlayHint] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        hints = await inlay_hints(client, uri)
        if len(hints) == 3:
            break
        await asyncio.sleep(0.1)
    return [hint_label(hint) for hint in hints]


async def snapshot_written(cache: Path, replacing: str = "") -> str:
    """The text of the snapshot kept in `cache`, once there is one other than `replacing`."""
    deadline = time.monotonic() + 30
    while True:
        kept = [file.read_text() for file in (cache / "torch-lsp" / "hints").glob("*.json")]
        if kept and kept != [replacing]:
            assert len(kept) == 1, "one snapshot per file and settings"
            return kept[0]
        assert time.monotonic() < deadline, "no snapshot was written"
        await asyncio.sleep(0.1)


async def test_a_file_opened_again_shows_its_last_hints_while_torch_loads(tmp_path: Path):
    cache, root = tmp_path / "cache", tmp_path / "workspace"
    root.mkdir()
    (root / "sizes.py").write_text("WIDTH = 8\n")
    (root / "model.py").write_text(MODEL)

    first, uri = await opened(cache, root, "model.py")
    analysed = await analysed_labels(first, uri)
    assert analysed == executed_labels(root)
    first_snapshot = await snapshot_written(cache)
    await shutdown(first)

    second, uri = await opened(cache, root, "model.py")
    early = await inlay_hints(second, uri)
    status = await second.workspace_execute_command_async(types.ExecuteCommandParams(command="torch-lsp.status"))
    assert isinstance(status, dict) and status["state"] == "loading"  # answered from the snapshot, not an analysis
    assert [hint_label(hint) for hint in early] == analysed
    assert all("from the last analysis of this file" in markdown(hint.tooltip) for hint in early)
    assert await analysed_labels(second, uri) == analysed
    await shutdown(second)

    (root / "sizes.py").write_text("WIDTH = 16\n")  # a file the analysis read changed: the snapshot is not shown
    third, uri = await opened(cache, root, "model.py")
    hints = await inlay_hints(third, uri)
    assert [hint_label(hint) for hint in hints] == executed_labels(root) != analysed
    assert not any("from the last analysis" in markdown(hint.tooltip) for hint in hints if hint.tooltip)
    await snapshot_written(cache, replacing=first_snapshot)
    await shutdown(third)

    for snapshot in (cache / "torch-lsp" / "hints").glob("*.json"):  # kept for this text, but damaged
        kept = json.loads(snapshot.read_text())
        snapshot.write_text(json.dumps({**kept, "hints": [{"line": "x"}, 3]}))
    fourth, uri = await opened(cache, root, "model.py")
    assert [hint_label(hint) for hint in await inlay_hints(fourth, uri)] == executed_labels(root)
    await shutdown(fourth)
