"""The stdio transport: the event loop reads the client's pipe itself (see torch_lsp.stdio)."""

from __future__ import annotations

import subprocess
import sys
import time
from typing import Any

import pytest
from lsp_support import frame, read_message


def answer_to(server: subprocess.Popen, request_id: int) -> dict[str, Any]:
    """Read until the answer to `request_id`, answering the server's own requests with null."""
    assert server.stdout is not None and server.stdin is not None
    while True:
        message = read_message(server.stdout)
        assert message is not None, "the server closed its output"
        if "method" in message and "id" in message:
            server.stdin.write(frame({"id": message["id"], "result": None}))
            server.stdin.flush()
        elif message.get("id") == request_id:
            return message


@pytest.fixture
def server():
    process = subprocess.Popen(
        [sys.executable, "-m", "torch_lsp", "--stdio"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    yield process
    process.kill()
    process.wait()


def test_messages_cut_anywhere_and_a_large_document_are_read_whole(server: subprocess.Popen, tmp_path):
    assert server.stdin is not None
    initialize = frame({"id": 1, "method": "initialize", "params": {"processId": None, "capabilities": {}}})
    for start in range(0, len(initialize), 7):  # a header split mid-line, a body in pieces
        server.stdin.write(initialize[start : start + 7])
        server.stdin.flush()
        time.sleep(0.001)
    assert "capabilities" in answer_to(server, 1)["result"]
    uri = (tmp_path / "big.py").as_uri()
    text = "import torch\n" + "x = torch.zeros(2, 3)  # " + "a" * 300_000 + "\ny = x.sum()\n"
    server.stdin.write(frame({"method": "initialized", "params": {}}))
    server.stdin.write(
        frame(
            {
                "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}},
            }
        )
    )
    server.stdin.write(
        frame(
            {
                "id": 2,
                "method": "textDocument/hover",
                "params": {"textDocument": {"uri": uri}, "position": {"line": 1, "character": 12}},
            }
        )
    )
    server.stdin.flush()
    hover = answer_to(server, 2)["result"]
    assert hover is not None and "zeros" in hover["contents"]["value"]


def test_the_server_exits_when_the_client_closes_the_pipe(server: subprocess.Popen):
    assert server.stdin is not None
    server.stdin.write(frame({"id": 1, "method": "initialize", "params": {"processId": None, "capabilities": {}}}))
    server.stdin.flush()
    answer_to(server, 1)
    server.stdin.close()
    assert server.wait(timeout=30) is not None


def test_torch_warnings_from_probe_runs_and_examples_stay_out_of_the_log(server: subprocess.Popen, tmp_path):
    """stderr is the editor's log: a deprecated call and a broadcasting loss analysed, their hovers shown."""
    assert server.stdin is not None and server.stderr is not None
    uri = (tmp_path / "noisy.py").as_uri()
    text = (
        "import torch\nimport torch.nn.functional as F\nx = torch.range(0, 3)\n"
        "loss = F.mse_loss(torch.randn(4, 1), x)\n"
    )
    server.stdin.write(frame({"id": 1, "method": "initialize", "params": {"processId": None, "capabilities": {}}}))
    server.stdin.write(frame({"method": "initialized", "params": {}}))
    server.stdin.write(
        frame(
            {
                "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}},
            }
        )
    )
    for request_id, line in ((2, 2), (3, 3)):
        server.stdin.write(
            frame(
                {
                    "id": request_id,
                    "method": "textDocument/hover",
                    "params": {"textDocument": {"uri": uri}, "position": {"line": line, "character": 12}},
                }
            )
        )
    server.stdin.write(
        frame(
            {
                "id": 4,
                "method": "textDocument/inlayHint",
                "params": {
                    "textDocument": {"uri": uri},
                    "range": {"start": {"line": 0, "character": 0}, "end": {"line": 4, "character": 0}},
                },
            }
        )
    )
    server.stdin.flush()
    assert answer_to(server, 4)["result"]
    server.stdin.write(frame({"id": 5, "method": "shutdown"}))
    server.stdin.write(frame({"method": "exit"}))
    server.stdin.flush()
    server.wait(timeout=30)
    log = server.stderr.read().decode()
    assert "Warning" not in log, log
