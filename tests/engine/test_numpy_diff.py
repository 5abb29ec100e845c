"""Unit tests: `np.diff(a, n, axis)` has `n` items fewer along its axis (none past its length), as torch.diff."""

from engine_support import hints_and_truth

EDGES = """
import numpy as np
import torch

mel = np.linspace(0.0, 2595.0, 21)
bands = torch.Tensor(np.diff(mel)).view(-1, 1)
rows = torch.from_numpy(np.diff(np.zeros((5, 7)), axis=0))
twice = torch.from_numpy(np.diff(np.ones((4, 6), dtype=np.int32), n=2))
past = torch.from_numpy(np.diff(np.zeros(3), n=5))
"""


def test_diff_drops_n_items_along_its_axis(monkeypatch):
    found, truth = hints_and_truth(EDGES, monkeypatch)
    for name in ("bands", "rows", "twice", "past"):
        assert found.get(name) == truth[name], name
