"""Engine tests: `np.nan` and `math.nan` are the Python float NaN (as `torch.nan` is), so an array or tensor
filled with it, or scaled by it (an int matrix times `np.nan`: a float matrix of NaN padding), keeps its shape.
Truths come from running the program."""

from engine_support import hints_and_truth

PADDING = """
import math
import numpy as np
import torch

indexes = torch.Tensor(np.empty((30, 6), dtype=int) * np.nan)
missing = torch.from_numpy(np.full((4, 5), np.nan))
masked = torch.zeros(3, 7).masked_fill(torch.rand(3, 7) > 0.5, math.nan)
ratio = torch.ones(2, 3) * (1 if math.isnan(np.nan) else 2)
"""


def test_nan_is_a_float_constant(monkeypatch):
    found, truth = hints_and_truth(PADDING, monkeypatch)
    for name in ("indexes", "missing", "masked", "ratio"):
        assert found.get(name) == truth[name], name
