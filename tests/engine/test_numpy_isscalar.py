"""Engine tests: `np.isscalar` is True for Python numbers and strings, False for None, sequences and arrays, so
a shape built on it (`(n, dim) if np.isscalar(dim) else (n, *dim)`) is the one the program builds. Truths come
from running the snippet."""

from engine_support import hints_and_truth

BUFFERS = """
import numpy as np
import torch


def combined_shape(length, shape=None):
    if shape is None:
        return (length,)
    return (length, shape) if np.isscalar(shape) else (length, *shape)


actions = torch.as_tensor(np.zeros(combined_shape(100, 6), dtype=np.float32))
observations = torch.as_tensor(np.zeros(combined_shape(100, (17,)), dtype=np.float32))
rewards = torch.as_tensor(np.zeros(combined_shape(100), dtype=np.float32))
flags = torch.tensor([np.isscalar(3.0), np.isscalar("x"), np.isscalar([1]), np.isscalar(None)])
picked = torch.zeros(2, 3) if np.isscalar(np.zeros(3)) else torch.zeros(4)
"""


def test_isscalar_tells_numbers_from_sequences(monkeypatch):
    found, truth = hints_and_truth(BUFFERS, monkeypatch)
    names = ["actions", "observations", "rewards", "flags", "picked"]
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
