"""Engine tests: `np.linalg.norm` reduces the axes it is given (every axis by default, two for a matrix norm), with
or without keepdims, whichever `ord`. Truths come from running the program."""

from engine_support import hints_and_truth

NORMS = """
import numpy as np
import torch

points = np.random.rand(5, 7, 2)
pairwise = torch.from_numpy(np.linalg.norm(points, ord=2, axis=2, keepdims=False))
matrices = torch.from_numpy(np.linalg.norm(points, axis=(1, 2), keepdims=True))
columns = torch.from_numpy(np.linalg.norm(np.arange(6).reshape(2, 3), axis=0))
scale = torch.ones(3) * np.linalg.norm(points)
"""


def test_a_norm_reduces_the_axes_it_is_given(monkeypatch):
    found, truth = hints_and_truth(NORMS, monkeypatch)
    for name in ("pairwise", "matrices", "columns", "scale"):
        assert found[name] == truth[name], name
