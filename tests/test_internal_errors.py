"""Internal exceptions of the engine: counted and kept on the analysis, raised in strict mode."""

import pytest
import torch
from torch_lsp.analysis.engine import analyse
from torch_lsp.analysis.internal_errors import InternalErrors
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
