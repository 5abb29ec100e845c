"""Engine tests: `np.clip` of a Python number (a known one or a size) is the numpy scalar of numpy's dtype for it,
so arithmetic on the clipped box bounds of a CutMix-style crop keeps its numbers."""

from engine_support import hints_and_truth

CLIPPED = """
import numpy as np
import torch

images = torch.zeros(4, 3, 16, 16)
width = images.size(2)
cut = int(width * 0.5)
left = np.clip(width // 2 - cut // 2, 0, width)
right = np.clip(width // 2 + cut // 2, 0, width)
ratio = 1 - (right - left) * (right - left) / (width * width)
losses = torch.ones(4)
mixed = losses * ratio
shrunk = losses * np.clip(0.7, 0.0, 0.5)
"""


def test_clipped_numbers_are_numpy_scalars(monkeypatch):
    found, truth = hints_and_truth(CLIPPED, monkeypatch)
    for name in ("mixed", "shrunk"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
