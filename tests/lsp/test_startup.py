"""A cold start through the protocol: the workspace index waits for torch and for the open files' first hints."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
import pytest_lsp
from lsp_support import SERVER, start
from lsprotocol import types
from pytest_lsp import LanguageClient

MODULE = "import torch\n\nweights = torch.zeros(4, 8)\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    for index in range(3):
        (tmp_path / f"module{index}.py").write_text(MODULE)
    return tmp_path


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, root: Path):
    await start(lsp_client, root=root)  # no waiting for torch
    yield
    await lsp_client.shutdown_session()


def _state(status) -> str:
    return status["state"] if isinstance(status, dict) else status.state


async def test_indexing_starts_once_torch_has_loaded(client: LanguageClient):
    """With no file open yet the index still waits for torch's import: on two CPUs it would take the interpreter
    lock from it, and the first file opened needs torch before anything else. The client numbers the events by
    polling, in the order it receives them."""
    seen: dict[str, int] = {}
    tick = 0
    deadline = time.monotonic() + 120
    while len(seen) < 2 and time.monotonic() < deadline:
        statuses = client.statuses  # type: ignore[attr-defined]  # recorded by lsp_support.start
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
