"""Engine tests: numpy's permutations and pairwise extremes, and tensors indexed by numpy arrays."""

import pytest
from engine_support import hints_and_truth

PERMUTED_NODES = """
    import numpy as np
    import torch

    nodes = torch.rand(1, 7, 5)
    order = np.random.permutation(7)
    shuffled = nodes[:, order, :]
    rows = torch.rand(7, 3)[np.random.permutation(np.arange(7))]
    rng = np.random.default_rng(0)
    picked = nodes[0, rng.permutation(7)[:4]]
    adjacency = np.maximum(np.eye(4), np.random.rand(4, 4).T)
    clipped = torch.from_numpy(np.minimum(adjacency, 0.5))
    floor = torch.from_numpy(np.maximum(np.arange(3), 1))
"""


def test_permutations_index_tensors_and_extremes_broadcast(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(PERMUTED_NODES, monkeypatch)
    assert found == truth
    assert set(found) == {"nodes", "shuffled", "rows", "picked", "clipped", "floor"}
