"""A cold start through the protocol: the workspace index waits for torch and for the open files' first hints."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from lsp_support import EditorClient, client_for
from lsprotocol import types

MODULE = "import torch\n\nweights = torch.zeros(4, 8)\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    for index in range(3):
        (tmp_path / f"module{index}.py").write_text(MODULE)
    return tmp_path


client = client_for(root="root", ready=False, scope="function")  # no waiting for torch


def _state(status) -> str:
    return status["state"] if isinstance(status, dict) else status.state


async def test_indexing_starts_once_torch_has_loaded(client: EditorClient):
    """With no file open yet the index still waits for torch's import: on two CPUs it would take the interpreter
    lock from it, and the first file opened needs torch before anything else. The client numbers the events by
    polling, in the order it receives them."""
    seen: dict[str, int] = {}
    tick = 0
    deadline = time.monotonic() + 120
    while len(seen) < 2 and time.monotonic() < deadline:
        statuses = client.statuses
        if "loaded" not in seen and any(_state(status) != "loading" for status in statuses):
            seen["loaded"] = tick
        if "indexing" not in seen and len(client.progress_reports.get("workspace-index", [])) > 1:  # past `begin`
            seen["indexing"] = tick
        tick += 1
        await asyncio.sleep(0.002)
    assert seen.keys() == {"loaded", "indexing"}, seen
    assert seen["loaded"] <= seen["indexing"]
    progress = client.progress_reports["workspace-index"]
    assert isinstance(progress[0], types.WorkDoneProgressBegin)
    assert isinstance(progress[-1], (types.WorkDoneProgressReport, types.WorkDoneProgressEnd))
