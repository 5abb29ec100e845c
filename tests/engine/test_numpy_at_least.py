"""Unit tests: `np.atleast_1d` / `np.atleast_2d` / `np.atleast_3d` of one array or list of numbers add dimensions of
size 1 as numpy documents ((n,) becomes (1, n) and (1, n, 1)); an array of enough dimensions is kept."""

from engine_support import hints_and_truth

LIFTED = """
import numpy as np
import torch

row = torch.from_numpy(np.atleast_2d(np.zeros(5)))
same = torch.from_numpy(np.atleast_2d(np.zeros((3, 4))))
point = torch.from_numpy(np.atleast_2d(np.zeros(())))
cube = torch.from_numpy(np.atleast_3d(np.zeros(5)))
plane = torch.from_numpy(np.atleast_3d(np.zeros((2, 5))))
listed = torch.from_numpy(np.atleast_1d([1.0, 2.0]))
number = torch.from_numpy(np.atleast_1d(3.0))
"""


def test_missing_dimensions_are_added_as_size_one(monkeypatch):
    found, truth = hints_and_truth(LIFTED, monkeypatch)
    for name in ("row", "same", "point", "cube", "plane", "listed", "number"):
        assert found[name] == truth[name], name
