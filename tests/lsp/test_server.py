"""Server life cycle through the protocol: torch loads in the background with progress and status."""

import asyncio
import socket
import subprocess
import sys

from lsp_support import (
    EditorClient,
    client_for,
    expect_hover,
    hint_shape,
    inlay_hints,
    open_document,
    position_of,
    start,
    wait_until_ready,
)
from lsprotocol import types
from pytest_lsp import LanguageClient

client = client_for(ready=False)


async def test_torch_loads_in_the_background_with_progress_and_status(client: EditorClient):
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


async def test_verify_command_returns_a_markdown_report_with_the_summary_first(client: LanguageClient):
    report = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="torch-lsp.verify"))
    assert isinstance(report, str), report
    lines = report.splitlines()
    assert lines[0].startswith("# ") and "**cpu**" in report
    table = lines.index("| checked | passed | corrected | failed | skipped |")
    checked, passed, corrected, failed, _ = (int(cell) for cell in lines[table + 2].strip("|").split("|"))
    assert failed == 0 and checked == passed + corrected
    assert any(line.startswith("*Corrected*:") for line in lines[table:])
    assert table < lines.index("## Failures (0)") < lines.index(f"## Corrections ({corrected})")


async def test_the_device_list_holds_only_what_torch_reports_available(client: LanguageClient):
    import torch

    devices = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="torch-lsp.devices"))
    assert isinstance(devices, list), devices
    assert devices[:2] == ["auto", "cpu"]
    assert any(d.startswith("cuda") for d in devices) == torch.cuda.is_available()
    assert ("mps" in devices) == torch.backends.mps.is_available()


async def test_the_server_logs_through_the_protocol_not_stdout(client: LanguageClient):
    await wait_until_ready(client)
    assert any("torch" in m.message and m.type == types.MessageType.Info for m in client.log_messages)


async def test_per_edit_analysis_is_logged_at_the_lowest_level(client: LanguageClient):
    uri = open_document(client, "import torch\nx = torch.zeros(2)\n")
    await inlay_hints(client, uri)
    analysed = [m for m in client.log_messages if m.message.startswith(f"analysed {uri}")]
    # Log, not Debug: LSP 3.17 clients (pytest-lsp 1.0) know no Debug; the VS Code client shows Log at debug level
    assert analysed and all(m.type == types.MessageType.Log for m in analysed)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_tcp_mode_serves_the_same_features():
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "torch_lsp", "--tcp", f"127.0.0.1:{port}"])
    try:
        client = EditorClient()
        for _ in range(200):
            try:
                await client.start_tcp("127.0.0.1", port)
                break
            except OSError:
                await asyncio.sleep(0.1)
        await start(client)
        text = "import torch\ny = torch.cat([a, b])\n"
        uri = open_document(client, text)
        assert "**`torch.cat`**" in await expect_hover(client, uri, position_of(text, "cat"))
        await client.shutdown_session()
    finally:
        server.terminate()
        server.wait(timeout=30)


fresh_client = client_for(ready=False, scope="function")


async def test_hints_shown_while_starting_are_never_contradicted_later(fresh_client: LanguageClient):
    text = (
        "import torch\nfrom torch.utils.data import DataLoader, TensorDataset\nx = torch.randn(10, 3)\n"
        "loader = DataLoader(TensorDataset(x), batch_size=4)\nfor (xb,) in loader:\n    y = xb * 2\n"
    )
    uri = open_document(fresh_client, text)  # right after initialize: torch is still loading
    seen: list[dict[tuple[int, int], str]] = []
    while not seen or len(seen[-1]) < 3:
        seen.append(
            {(h.position.line, h.position.character): hint_shape(h) for h in await inlay_hints(fresh_client, uri)}
        )
        await asyncio.sleep(0.05)
    final = seen[-1]
    assert final == {(2, 1): "[10, 3]", (4, 7): "[≤4, 3]", (5, 5): "[≤4, 3]"}
    assert all(early.items() <= final.items() for early in seen)
