"""Engine tests: `np.ascontiguousarray(a, dtype)` / `np.asfortranarray(a, dtype)` are `np.asarray(a, dtype)` of at
least one dimension (a 0-d array or a number becomes one item), so an image flipped by a negative step and made
contiguous for `torch.from_numpy` keeps its shape."""

from engine_support import hints_and_truth

LAID_OUT = """
import numpy as np
import torch

image = np.zeros((32, 24, 3), np.uint8)[:, ::-1]
chw = torch.from_numpy(np.ascontiguousarray(image).transpose(2, 0, 1)).float() / 255
fortran = torch.from_numpy(np.asfortranarray(np.zeros((4, 5))))
listed = torch.from_numpy(np.ascontiguousarray([[1, 2], [3, 4]], dtype=np.float32))
scalar = torch.from_numpy(np.ascontiguousarray(np.float32(2.0)))
number = torch.from_numpy(np.asfortranarray(3.0))
"""


def test_laid_out_arrays_keep_the_shape_of_at_least_one_dimension(monkeypatch):
    found, truth = hints_and_truth(LAID_OUT, monkeypatch)
    for name in ("chw", "fortran", "listed", "scalar", "number"):
        assert found.get(name) == truth[name], name
