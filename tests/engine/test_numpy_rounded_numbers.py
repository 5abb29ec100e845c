"""Unit tests: `np.round`, `np.ceil`, `np.floor` and `np.trunc` of a known number are folded as numpy computes them
(round half to even; a float for ceil, floor and trunc), so a crop offset or an output length made with them is
known."""

from engine_support import hints_and_truth

OFFSETS = """
import numpy as np
import torch

frames = np.zeros((4, 70, 50, 3), dtype=np.float32)
top = int(np.round((70 - 48) / 2.0))
left = int(np.round((50 - 45) / 2.0))
crop = torch.from_numpy(frames[:, top:top + 48, left:left + 45])
steps = torch.zeros(int(np.ceil(50 / 16)), int(np.floor(50 / 16)), int(np.trunc(-2.5)) + 5, np.round(7))
"""


def test_a_rounded_number_is_known(monkeypatch):
    found, truth = hints_and_truth(OFFSETS, monkeypatch)
    assert found["crop"] == truth["crop"] == "[4, 48, 45, 3]"
    assert found["steps"] == truth["steps"] == "[4, 3, 3, 7]"
