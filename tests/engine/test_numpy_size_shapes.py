"""Engine tests: a torch.Size (a tuple of ints) is a shape numpy takes: `np.zeros(x.shape)`,
`np.random.randint(0, k, x.size())`, `rng.normal(0, 1, x.shape)` and `a.reshape(x.shape)` have its sizes
(overlays/numpy_model). Truths come from running the program."""

from engine_support import hints_and_truth

SIZE_SHAPES = """
import numpy as np
import torch

batch = torch.zeros(6, 4)
blank = torch.from_numpy(np.zeros(batch.shape))
drawn = torch.from_numpy(np.random.randint(0, 50, batch.size(), dtype=np.int64))
noise = torch.from_numpy(np.random.default_rng(0).normal(0.0, 1.0, batch.shape))
flat = np.arange(24)
regrown = torch.from_numpy(flat.reshape(batch.shape))
"""


def test_a_torch_size_gives_numpy_its_shape(monkeypatch):
    found, truth = hints_and_truth(SIZE_SHAPES, monkeypatch)
    for name in ("blank", "drawn", "noise", "regrown"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
