"""Engine tests: numpy gives a bool array met by an int or float array the other's dtype (`weights * (weights >
0.7)`), and `np.reciprocal` keeps a number array's shape and dtype. Truths come from running each program."""

from engine_support import hints_and_truth

MASKED = """
import numpy as np
import torch

rng = np.random.default_rng(0)
weights = rng.random((6, 6))
sparse = torch.from_numpy((weights * (rng.random((6, 6)) > 0.7)).astype(np.float32))
counts = torch.from_numpy((rng.random(6) > 0.5) + np.arange(6))
degree = np.sum(weights, axis=1)
inverse_root = torch.from_numpy(np.reciprocal(np.sqrt(degree)).reshape((-1, 1)) * weights)
"""


def test_bool_arrays_take_the_other_dtype(monkeypatch):
    found, truth = hints_and_truth(MASKED, monkeypatch)
    assert found["sparse"] == truth["sparse"] == "[6, 6]"
    assert found["counts"] == truth["counts"] == "[6]"


def test_reciprocal_keeps_the_shape(monkeypatch):
    found, truth = hints_and_truth(MASKED, monkeypatch)
    assert found["inverse_root"] == truth["inverse_root"] == "[6, 6]"
