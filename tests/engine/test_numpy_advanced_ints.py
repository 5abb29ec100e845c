"""Engine tests: in numpy an int beside an index array is an index array too, broadcast with it: their dimensions
come first where a slice stands between them (torch takes such an int as a basic index); several index arrays
broadcast together as in torch. Truths come from running each program."""

from engine_support import hints_and_truth

PICKS = """
import numpy as np
import torch

x = np.random.randn(40, 96, 3).astype(np.float32)
idx = np.array([0, 1, 2, 0, 1])
apart = torch.from_numpy(x[0, :, idx])
together = torch.from_numpy(x[:, 5, idx])
rows, columns = np.ogrid[:x.shape[0], :x.shape[1]]
shifted = columns - np.zeros(40, dtype=np.int64)[:, np.newaxis]
gathered = torch.from_numpy(x[rows, shifted])
listed = torch.from_numpy(np.eye(4)[[0, 1], [1, 2]])
"""


def test_ints_beside_index_arrays_broadcast_with_them(monkeypatch):
    found, truth = hints_and_truth(PICKS, monkeypatch)
    assert truth["apart"] == "[5, 96]"
    for name in ("apart", "together", "gathered", "listed"):
        assert found[name] == truth[name], name
