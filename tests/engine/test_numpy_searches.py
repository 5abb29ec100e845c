"""Engine tests: `np.searchsorted(a, v)` and `np.digitize(x, bins)` give int indices of the values' shape, one
numpy integer for one number (overlays/numpy_searches). Truths come from running the program."""

from engine_support import hints_and_truth

SEARCHES = """
import numpy as np
import torch

edges = np.cumsum(np.random.rand(10))
values = np.random.rand(4, 3) * 5
slots = torch.from_numpy(np.searchsorted(edges, values))
right = torch.from_numpy(np.searchsorted(edges, values[0], side="right"))
bins = torch.from_numpy(np.digitize(values, edges))
one = torch.tensor(np.searchsorted(edges, 2.5))
"""


def test_searched_positions_have_the_shape_of_the_values(monkeypatch):
    found, truth = hints_and_truth(SEARCHES, monkeypatch)
    for name in ("slots", "right", "bins", "one"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
