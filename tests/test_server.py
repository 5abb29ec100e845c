"""Server life cycle through the protocol: torch loads in the background with progress and status."""

import asyncio
import socket
import subprocess
import sys

import pytest_lsp
from lsp_support import SERVER, hint_shape, hover_text, inlay_hints, open_document, position_of, start, wait_until_ready
from lsprotocol import types
from pytest_lsp import LanguageClient


@pytest_lsp.fixture(config=SERVER, scope="module")
async def client(lsp_client: LanguageClient):
    await start(lsp_client)
    yield
    await lsp_client.shutdown_session()


async def test_torch_loads_in_the_background_with_progress_and_status(client: LanguageClient):
    status = await wait_until_ready(client)
    assert status["state"] == "ready" and status["device"] == "cpu"
    assert status["torchVersion"].startswith("2.")
    for _ in range(100):
        if any(r and isinstance(r[-1], types.WorkDoneProgressEnd) for r in client.progress_reports.values()):
            break
        await asyncio.sleep(0.05)
    (reports,) = [r for token, r in client.progress_reports.items() if "torch" in str(token)]
    assert isinstance(reports[0], types.WorkDoneProgressBegin) and "torch" in reports[0].message.lower()
    assert isinstance(reports[-1], types.WorkDoneProgressEnd)
    states = [s["state"] if isinstance(s, dict) else s.state for s in client.statuses]
    assert states[0] == "loading" and states[-1] == "ready"


async def test_verify_command_returns_the_report(client: LanguageClient):
    report = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="torch-lsp.verify"))
    summary = report.strip().splitlines()[-1]
    assert "failed 0" in summary and "(device: cpu)" in summary


async def test_the_server_logs_through_the_protocol_not_stdout(client: LanguageClient):
    await wait_until_ready(client)
    assert any("torch" in m.message for m in client.log_messages)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_tcp_mode_serves_the_same_features():
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "torch_lsp", "--tcp", f"127.0.0.1:{port}"])
    try:
        client = LanguageClient()
        for _ in range(200):
            try:
                await client.start_tcp("127.0.0.1", port)
                break
            except OSError:
                await asyncio.sleep(0.1)
        await start(client)
        text = "import torch\ny = torch.cat([a, b])\n"
        uri = open_document(client, text)
        assert "**`torch.cat`**" in await hover_text(client, uri, position_of(text, "cat"))
        await client.shutdown_session()
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest_lsp.fixture(config=SERVER)
async def fresh_client(lsp_client: LanguageClient):
    await start(lsp_client)
    yield
    await lsp_client.shutdown_session()


async def test_hints_shown_while_starting_are_never_contradicted_later(fresh_client: LanguageClient):
    text = (
        "import torch\nfrom torch.utils.data import DataLoader, TensorDataset\nx = torch.randn(10, 3)\n"
        "loader = DataLoader(TensorDataset(x), batch_size=4)\nfor (xb,) in loader:\n    y = xb * 2\n"
    )
    uri = open_document(fresh_client, text)  # right after initialize: torch is still loading
    seen = []
    while not seen or len(seen[-1]) < 3:
        seen.append(
            {(h.position.line, h.position.character): hint_shape(h) for h in await inlay_hints(fresh_client, uri)}
        )
        await asyncio.sleep(0.05)
    final = seen[-1]
    assert final == {(2, 1): "[10, 3]", (4, 7): "[≤4, 3]", (5, 5): "[≤4, 3]"}
    assert all(early.items() <= final.items() for early in seen)
