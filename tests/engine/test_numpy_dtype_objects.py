"""Unit tests: `np.dtype(...)` of a name, a numpy type or Python's `float` is that dtype, so the array functions
given it (by position or keyword) keep their shape."""

from engine_support import hints_and_truth

FRAMES = """
import numpy as np
import torch

frames = torch.from_numpy(np.empty((18, 128, 171, 3), np.dtype("float32")))
labels = torch.from_numpy(np.zeros(4, dtype=np.dtype(np.int64)))
grid = torch.from_numpy(np.ones([2, 5], np.dtype(float)))
crop = torch.from_numpy(np.empty((18, 128, 171, 3), np.dtype("f4"))[2:10, 8:120, 8:120])
"""


def test_a_dtype_object_gives_the_array_its_dtype(monkeypatch):
    found, truth = hints_and_truth(FRAMES, monkeypatch)
    for name in ("frames", "labels", "grid", "crop"):
        assert found.get(name) == truth[name], name
