"""Unit tests: `itertools.chain(*rows)` of rows not known one by one (a list of unknown length) yields items of the
rows: each is an item of some row, so a list of them keeps that value (tensors, layers to call)."""

from engine_support import hints_and_truth

SRC = """
import itertools
import os
import torch
import torch.nn as nn


class Norm(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.mu = nn.Parameter(torch.zeros(dim))

    def forward(self, x):
        global shifted
        shifted = x + self.mu
        return shifted


count = int(os.environ.get("UNUSED") or 2)
norms = [Norm(3) for _ in range(count)]
others = [Norm(3) for _ in range(count)]
flows = list(itertools.chain(*zip(norms, others)))
grid = [[torch.zeros(2, 3)] * 2 for _ in range(count)]
cells = list(itertools.chain(*grid))
first = cells[0]
for flow in flows:
    out = flow(torch.ones(4, 3))
"""


def test_the_items_of_rows_chained_are_items_of_a_row(monkeypatch):
    found, truth = hints_and_truth(SRC, monkeypatch)
    for name in ("first", "out", "shifted"):
        assert found[name] == truth[name], name
