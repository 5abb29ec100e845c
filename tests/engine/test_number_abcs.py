"""Unit tests: `isinstance(x, numbers.Number)` (and `Integral`, `Real`) is decided for a value whose Python type is
known: a crop transform given one int makes the pair `(size, size)` of it, given a pair keeps it."""

from engine_support import hints_and_truth

CROPS = """
import numbers

import numpy as np
import torch


class CenterCrop:
    def __init__(self, size):
        if isinstance(size, numbers.Number):
            self.size = (int(size), int(size))
        else:
            self.size = size

    def __call__(self, frames):
        rows, cols = self.size
        top = (frames.shape[1] - rows) // 2
        left = (frames.shape[2] - cols) // 2
        return frames[:, top:top + rows, left:left + cols]


clip = np.zeros((8, 64, 48, 3), dtype=np.float32)
square = torch.from_numpy(CenterCrop(32)(clip))
oblong = torch.from_numpy(CenterCrop((40, 24))(clip))
whole = torch.zeros(3 if isinstance(2.5, numbers.Integral) else 5, 2 if isinstance(True, numbers.Real) else 4)
"""


def test_a_number_is_told_from_a_pair(monkeypatch):
    found, truth = hints_and_truth(CROPS, monkeypatch)
    assert found["square"] == truth["square"] == "[8, 32, 32, 3]"
    assert found["oblong"] == truth["oblong"] == "[8, 40, 24, 3]"
    assert found["whole"] == truth["whole"] == "[5, 2]"
