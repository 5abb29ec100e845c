"""Engine tests: `a.real` and `a.imag` of a complex numpy array are arrays of its shape (in the float dtype of half
its width); of a real array, the array itself and zeros like it. Truths come from running the program."""

from engine_support import hints_and_truth

PARTS = """
import numpy as np
import torch

kernels = np.zeros((6, 32), dtype=np.complex64)
kernels[:, :8] = np.exp(1j * np.ones(8))
real = torch.from_numpy(kernels.real).unsqueeze(1)
imag = torch.tensor(kernels.imag).unsqueeze(1)
plain = torch.from_numpy(np.ones((4, 2)).real)
zeros = torch.tensor(np.ones(3).imag)
together = torch.cat([real, imag], dim=1)
"""


def test_parts_keep_the_shape(monkeypatch):
    found, truth = hints_and_truth(PARTS, monkeypatch)
    assert truth["together"] == "[6, 2, 32]"
    for name in ("real", "imag", "plain", "zeros", "together"):
        assert found.get(name) == truth[name]
