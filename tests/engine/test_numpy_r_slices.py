"""Engine tests: in `np.r_[...]` an int slice `a:b:c` stands for the int64 range `np.arange(a, b, c)`, joined with the
other parts along the first axis (numbers and arrays as before). Truths come from running the program."""

from engine_support import hints_and_truth

RANGES = """
import numpy as np
import torch

def band_centres(low, count, per_octave):
    return low * 2.0 ** (np.r_[0:count] / per_octave)

steps = torch.from_numpy(np.r_[0:7])
strided = torch.from_numpy(np.r_[2:20:3, 40, np.array([50, 60])])
mixed = torch.from_numpy(np.r_[-4:4, np.ones(3)])
ranged = torch.from_numpy(np.r_[0:4, np.zeros(2, dtype=np.int64)])
centres = torch.from_numpy(band_centres(32.7, 84, 12.0))
"""


def test_an_int_slice_is_its_range(monkeypatch):
    found, truth = hints_and_truth(RANGES, monkeypatch)
    assert truth["strided"] == "[9]" and truth["mixed"] == "[11]"
    for name in ("steps", "strided", "mixed", "ranged", "centres"):
        assert found.get(name) == truth[name]
