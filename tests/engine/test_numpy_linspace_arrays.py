"""Engine tests: `np.linspace(start, stop, num)` with array bounds gives `num` points along a new first axis, then
the bounds' broadcast shape (0-d arrays, as numpy's own arithmetic on a number gives, add none); its dtype is the
bounds' floating dtype when they share one, else float64. Truths come from running the program."""

from engine_support import hints_and_truth

SPACED = """
import numpy as np
import torch

def to_scale(frequency):
    return (np.asarray(frequency) - 20.0) / 7.0

low = to_scale(30.0)
high = to_scale(8000.0)
points = torch.from_numpy(np.linspace(low, high, 12))
rows = torch.from_numpy(np.linspace(np.zeros(3), np.array([1.0, 2.0, 3.0]), 5))
grid = torch.from_numpy(np.linspace(np.zeros((2, 1), dtype=np.float32), np.ones(4, dtype=np.float32), 6))
halves = torch.from_numpy(np.linspace(0.0, np.ones(2, dtype=np.float32), num=3)).half()
"""


def test_array_bounds_add_their_shape(monkeypatch):
    found, truth = hints_and_truth(SPACED, monkeypatch)
    assert found.get("points") == truth["points"] == "[12]"
    assert found.get("rows") == truth["rows"] == "[5, 3]"
    assert found.get("grid") == truth["grid"] == "[6, 2, 4]"
    assert found.get("halves") == truth["halves"] == "[3, 2]"
