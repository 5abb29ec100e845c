"""Engine tests: `a.squeeze()` / `np.squeeze(a)` drop every axis of size 1, `a.squeeze(k)` the axes given, which
numpy requires to be of size 1 (so a network's output of one row turned into an action keeps its shape)."""

from engine_support import hints_and_truth

SQUEEZED = """
import numpy as np
import torch

column = np.zeros((1, 3, 1))
every = torch.from_numpy(column.squeeze())
first = torch.from_numpy(column.squeeze(0))
both = torch.from_numpy(column.squeeze((0, -1)))
by_keyword = torch.from_numpy(np.squeeze(column, axis=2))
action = torch.from_numpy(torch.zeros(1, 2).data.numpy().squeeze(0))
single = torch.from_numpy(np.squeeze([[1.0]]))
"""


def test_axes_of_size_one_are_dropped(monkeypatch):
    found, truth = hints_and_truth(SQUEEZED, monkeypatch)
    for name in ("every", "first", "both", "by_keyword", "action", "single"):
        assert found.get(name) == truth[name], name
