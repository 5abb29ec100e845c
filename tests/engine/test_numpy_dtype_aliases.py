"""Engine tests: `np.double`, `np.single` and `np.half` are numpy's own names for float64, float32 and float16 (and
`np.complex128` a scalar type like `np.complex64`): called on a number they make a number, on an array an array of
that type. Truths come from running the program."""

from engine_support import hints_and_truth

ALIASES = """
import numpy as np
import torch

octave = np.double(12)
scaled = torch.from_numpy(np.arange(24) / octave)
narrow = torch.from_numpy(np.single(np.ones((2, 3))))
small = torch.from_numpy(np.half([1.0, 2.0, 3.0, 4.0])).float()
wide = torch.from_numpy(np.complex128(np.ones(5)))
"""


def test_aliases_are_their_scalar_types(monkeypatch):
    found, truth = hints_and_truth(ALIASES, monkeypatch)
    for name in ("scaled", "narrow", "small", "wide"):
        assert found.get(name) == truth[name]
