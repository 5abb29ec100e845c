"""Engine tests: recurrent layers on sizes the program reads at run time take torch's documented result shapes.
Truths come from running each program with several sizes; a call torch refuses is still reported."""

import textwrap

import pytest
import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse
from torch_lsp.analysis.values import TensorValue

SIZES = ("1", "2", "3", "5")

LAYERS = """
import os
import torch
import torch.nn as nn
n = int(os.environ["SIZE"])
words = torch.randn(n, n + 2, 6)
lstm = nn.LSTM(6, n, num_layers=2, batch_first=True, bidirectional=True)
tagged, (h_n, c_n) = lstm(words)
projected, (p_n, q_n) = nn.LSTM(6, 8, proj_size=3)(words)
gru = nn.GRU(6, 4)
start = torch.zeros(1, n + 2, 4)
encoded, last = gru(words, start)
single, single_state = nn.RNN(6, n, nonlinearity="relu")(words[0])
cell = nn.LSTMCell(6, n)
h, c = cell(words[:, 0])
g = nn.GRUCell(6, 4)(words[0, 0])
"""

REFUSED = """
import os
import torch
import torch.nn as nn
n = int(os.environ["SIZE"])
gru = nn.GRU(6, 4, num_layers=2)
out, state = gru(torch.randn(n, 3, 6), torch.zeros(1, 3, 4))
"""


def analysed(source: str):
    return analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)


def test_results_hold_for_every_size_the_program_runs_with(monkeypatch):
    analysis = analysed(LAYERS)
    found = {b.name: analysis.shape_text(b.value).strip("[]").split(", ") for b in analysis.hints()}
    truths = [executed(LAYERS, "SIZE", size, monkeypatch) for size in SIZES]
    expected = ("tagged", "h_n", "c_n", "projected", "p_n", "q_n", "encoded", "last", "single", "single_state")
    assert set(expected) | {"h", "c", "g"} <= set(found)
    assert found["tagged"] == ["n", "n+2", "2*n"]
    for name, dims in found.items():
        for truth in truths:
            assert len(dims) == len(truth[name]), name
            for dim, size in zip(dims, truth[name], strict=True):
                assert not dim.isdigit() or int(dim) == size, f"{name}: {dims} but ran as {list(truth[name])}"


def test_a_state_torch_refuses_is_reported_not_shaped(monkeypatch):
    analysis = analysed(REFUSED)
    assert any("Expected hidden size" in issue.error.message for issue in analysis.issues)
    assert not isinstance(analysis.value_at("out", 6), TensorValue)
    with pytest.raises(RuntimeError, match="Expected hidden size"):
        executed(REFUSED, "SIZE", "2", monkeypatch)
