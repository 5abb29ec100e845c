"""A sequence layer's initial state checked against the input's batch: a state made for a loader's batch (at most 8)
given to a GRU that reads the input's second dimension (11 steps) as the batch raises whatever the data's size."""

import textwrap

import torch
from engine_support import raising_line
from torch_lsp.analysis.engine import analyse

SOURCE = """
import os
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

rnn = nn.GRU(4, 6)
count = int(os.environ.get("ROWS", "20"))
loader = DataLoader(TensorDataset(torch.randn(count, 11, 4)), batch_size=8)
for (batch,) in loader:
    start = torch.zeros(1, batch.shape[0], 6)
    states, last = rnn(batch, start)
"""


def test_a_state_for_a_batch_of_at_most_8_does_not_fit_11_steps_read_as_the_batch(monkeypatch):
    line = raising_line(SOURCE, monkeypatch)
    analysis = analyse(textwrap.dedent(SOURCE), torch, "cpu", 4096, 30.0)
    assert [(issue.line + 1, issue.error.for_all_sizes) for issue in analysis.issues] == [(line, True)]
    assert "Expected hidden size (1, 11, 6), got [1, ≤8, 6]" in analysis.issues[0].error.message


def test_batch_first_fits_and_steps_that_may_be_the_batch_are_no_error(monkeypatch):
    """With batch_first the state fits; with 5 steps the batch may be 5 (a dataset of 5 rows runs): no error."""
    monkeypatch.setenv("ROWS", "5")
    for source in (SOURCE.replace("nn.GRU(4, 6)", "nn.GRU(4, 6, batch_first=True)"), SOURCE.replace("11, 4", "5, 4")):
        assert raising_line(source, monkeypatch) == 0
        assert analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0).issues == []
