"""Unit tests: `np.where(condition, x, y)` has the broadcast shape of the three, in numpy's result dtype of `x` and
`y`, so a thresholded image (`np.where(image > t, 255, 0).astype(image.dtype)`) keeps its shape."""

from engine_support import hints_and_truth

THRESHOLDS = """
import numpy as np
import torch


def threshold(image, thresh, maxval):
    return thresh, np.where(image > thresh, maxval, 0).astype(image.dtype)


grey = np.random.randint(0, 256, (84, 84)).astype(np.uint8)
_, binary = threshold(grey, 1, 255)
frame = torch.from_numpy(binary[None, :, :].astype(np.float32))
wide = torch.from_numpy(np.where(np.zeros((3, 1)) > 0, np.ones((3, 1)), np.zeros((1, 5), dtype=np.float32)))
ints = torch.zeros(1) if np.where(grey > 1, 255, 0).dtype.name == 'int64' else torch.zeros(2)
kept = torch.zeros(1) if np.where(grey > 1, grey, 0).dtype.name == 'uint8' else torch.zeros(2)
floats = torch.zeros(1) if np.where(grey > 1, 1.5, 0).dtype.name == 'float64' else torch.zeros(2)
"""


def test_a_choice_between_two_values_keeps_the_broadcast_shape(monkeypatch):
    found, truth = hints_and_truth(THRESHOLDS, monkeypatch)
    for name in ("frame", "wide", "ints", "kept", "floats"):
        assert found.get(name) == truth[name], name
