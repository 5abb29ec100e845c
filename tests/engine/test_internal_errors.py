"""Internal exceptions of the engine: counted and kept on the analysis, raised in strict mode."""

import json
import os
import subprocess
import sys

import pytest
import torch
from torch_lsp.analysis.engine import analyse
from torch_lsp.analysis.internal_errors import STRICT_EXIT_CODE, InternalErrors
from torch_lsp.analysis.interpreter import Interpreter
from torch_lsp.analysis.symbols import SymbolsDeferred

SOURCE = "import torch\nx = torch.zeros(2, 3)\ny = x.sum(1)\n"


class HandlerBug(Exception):
    """Stands for a bug in one of the interpreter's handlers."""


def _broken_handler(self, node, scope):
    raise HandlerBug("handler bug")


def _analyse():
    return analyse(SOURCE, torch, "cpu", 4096, 30.0)


def test_an_internal_exception_is_an_unknown_value_counted_with_its_traceback(monkeypatch):
    monkeypatch.delenv("TORCH_LSP_STRICT")
    clean = _analyse()
    assert clean.internal_errors == 0 and clean.first_internal_error is None
    monkeypatch.setattr(Interpreter, "_expr_Attribute", _broken_handler, raising=True)
    analysis = _analyse()
    assert analysis.completed
    assert analysis.internal_errors >= 1
    assert analysis.first_internal_error is not None
    assert "HandlerBug: handler bug" in analysis.first_internal_error
    assert "_broken_handler" in analysis.first_internal_error
    assert [b.name for b in analysis.hints()] == []


def test_strict_mode_raises_the_internal_exception(monkeypatch):
    monkeypatch.setenv("TORCH_LSP_STRICT", "1")
    monkeypatch.setattr(Interpreter, "_expr_Attribute", _broken_handler, raising=True)
    with pytest.raises(HandlerBug):
        _analyse()


def test_deliberate_exceptions_are_neither_counted_nor_raised():
    errors = InternalErrors(strict=True)
    errors.record(SymbolsDeferred())
    errors.record(RecursionError())
    assert errors.count == 0 and errors.first is None


BROKEN_SERVER = """
from torch_lsp.analysis.interpreter import Interpreter
def broken(self, node, scope):
    raise LookupError("handler bug")
Interpreter._expr_Attribute = broken
from torch_lsp.cli import main
main(["serve"])
"""


def _message(payload: dict) -> bytes:
    body = json.dumps({"jsonrpc": "2.0", **payload}).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def test_a_server_in_strict_mode_exits_with_the_traceback(tmp_path):
    opened = {"uri": "file:///tmp/torch_lsp_test/strict.py", "languageId": "python", "version": 1, "text": SOURCE}
    messages: list[dict] = [
        {"id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}},
        {"method": "initialized", "params": {}},
        {"method": "textDocument/didOpen", "params": {"textDocument": opened}},
    ]
    stderr_path = tmp_path / "stderr"
    with stderr_path.open("wb") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-c", BROKEN_SERVER],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env={**os.environ, "TORCH_LSP_STRICT": "1"},
        )
        assert server.stdin is not None
        server.stdin.write(b"".join(_message(m) for m in messages))
        server.stdin.flush()
        try:
            code = server.wait(timeout=120)
        finally:
            if server.poll() is None:
                server.kill()
            server.stdin.close()
    assert code == STRICT_EXIT_CODE, stderr_path.read_text()[-3000:]
    assert "LookupError: handler bug" in stderr_path.read_text()
