"""Unit tests: a comprehension over a tensor or numpy array with more rows than a loop is unrolled for has one item
per row."""

from engine_support import hints_and_truth

ROWS = """
import numpy as np
import torch

angles = np.linspace(-180, 180, 40 + 1)[:-1]
poses = torch.stack([torch.zeros(4, 4) * float(angle) for angle in angles], 0)
points = torch.randn(50, 3)
norms = torch.stack([point.norm() for point in points])
"""


def test_a_comprehension_over_many_rows_has_one_item_per_row(monkeypatch):
    found, truth = hints_and_truth(ROWS, monkeypatch)
    for name in ("poses", "norms"):
        assert found.get(name) == truth[name], name
