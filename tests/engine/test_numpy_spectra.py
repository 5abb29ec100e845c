"""Unit tests: `np.fft.fft` and its kin give the complex (or, for `irfft`, real) arrays of torch.fft's shapes,
`np.real` / `np.imag` the float parts, and `np.pad` grows each axis by its widths, as an STFT's bases are built."""

from engine_support import hints_and_truth

BASES = """
import numpy as np
import torch

n = 16
basis = np.fft.fft(np.eye(n))
cutoff = int(n / 2 + 1)
stacked = np.vstack([np.real(basis[:cutoff, :]), np.imag(basis[:cutoff, :])])
forward = torch.FloatTensor(stacked[:, None, :])
inverse = torch.FloatTensor(np.linalg.pinv(2.0 * stacked).T[:, None, :])
half = torch.from_numpy(np.fft.rfft(np.ones((3, 10), dtype=np.float32), axis=0))
back = torch.from_numpy(np.fft.irfft(np.ones((3, 10)), n=7))
longer = torch.from_numpy(np.fft.ifft(np.arange(5), 8))
plain = torch.from_numpy(np.real(np.ones((2, 3))))
"""

PADDING = """
import numpy as np
import torch

window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(10) / 10)
left = (16 - len(window)) // 2
padded = torch.from_numpy(np.pad(window, (left, 16 - len(window) - left))).float()
grid = torch.from_numpy(np.pad(np.ones((3, 4)), ((1, 2), (0, 3)), mode="reflect"))
each = torch.from_numpy(np.pad(np.ones((3, 4)), 2))
rows = torch.from_numpy(np.pad(np.ones((3, 4)), ((1,), (2,))))
"""


def test_fourier_transforms_and_parts(monkeypatch):
    found, truth = hints_and_truth(BASES, monkeypatch)
    for name in ("forward", "inverse", "half", "back", "longer", "plain"):
        assert found[name] == truth[name], name


def test_padding_grows_each_axis(monkeypatch):
    found, truth = hints_and_truth(PADDING, monkeypatch)
    for name in ("padded", "grid", "each", "rows"):
        assert found[name] == truth[name], name
