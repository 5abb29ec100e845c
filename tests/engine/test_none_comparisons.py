"""A list, tuple or dict is never equal to None (their `__eq__` answers NotImplemented and Python compares
identities), so `data != None` on a batch given as a tuple decides which path a helper takes: the engine no longer
runs the loader path on the tuple and reports what it would raise there (truths and the clean run from executing)."""

import textwrap

import torch
from engine_support import hints_and_truth, raising_line
from torch_lsp.analysis.engine import analyse

ONE_BATCH = """
import torch


class Curvature:
    def __init__(self, data=None, loader=None):
        if data != None:
            self.data, self.whole = data, False
        else:
            self.data, self.whole = loader, True

    def count(self):
        if self.whole:
            total = 0
            for inputs, targets in self.data:
                total += inputs.size(0)
            return total
        inputs, targets = self.data
        return inputs.size(0)


batch = (torch.randn(4, 3, 8, 8), torch.zeros(4, dtype=torch.long))
curvature = Curvature(data=batch)
seen = torch.zeros(curvature.count(), 2)
lists = torch.zeros(2 if [1] == None else 3)
"""


def test_a_tuple_is_not_none(monkeypatch):
    found, truth = hints_and_truth(ONE_BATCH, monkeypatch)
    assert raising_line(ONE_BATCH, monkeypatch) == 0
    assert found["seen"] == truth["seen"] == "[4, 2]"
    assert found["lists"] == truth["lists"] == "[3]"
    assert analyse(textwrap.dedent(ONE_BATCH), torch, "cpu", 4096, 30.0).issues == []
