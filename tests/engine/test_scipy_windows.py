"""Engine tests: `scipy.signal.get_window(window, Nx)` is a float64 array of `Nx` samples whatever the window (a
name, a name with parameters, a Kaiser beta), imported as a function or read from the module; a length the engine
does not know leaves the window unknown. Truths come from running each program."""

from engine_support import hints_and_truth

WINDOWS = """
import numpy as np
import scipy.signal
import torch
from scipy.signal import get_window

def windowed_frames(frames, kind):
    window = torch.from_numpy(get_window(kind, frames.shape[-1], fftbins=True)).float()
    return frames * window

hann = torch.from_numpy(get_window("hann", 400))
kaiser = torch.from_numpy(scipy.signal.get_window(("kaiser", 8.0), 256, fftbins=False))
beta = torch.from_numpy(get_window(4.0, Nx=64))
framed = windowed_frames(torch.randn(3, 5, 128), "hamming")
padded = torch.from_numpy(np.pad(get_window("hann", 400), (56, 56)))
"""


def test_a_window_has_the_asked_number_of_float64_samples(monkeypatch):
    found, truth = hints_and_truth(WINDOWS, monkeypatch)
    for name in ("hann", "kaiser", "beta", "framed", "padded"):
        assert found[name] == truth[name]
