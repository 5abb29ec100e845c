"""Engine tests: `scipy.signal.firwin(numtaps, cutoff, ...)` and `firwin2(numtaps, freq, gain, ...)` design a filter
of `numtaps` float64 coefficients whatever the band edges and gains, even unknown ones; a filter used as a conv1d
kernel then sizes the convolution. Truths come from running the program."""

from engine_support import hints_and_truth

FILTERS = """
import os
from scipy import signal
import scipy.signal
import torch
import torch.nn.functional as F

edge = float(os.environ.get("UNUSED") or 0.25)
low = torch.from_numpy(signal.firwin(101, edge))
gains = [0.0, 0.0, 1.0, 1.0]
shaped = torch.from_numpy(scipy.signal.firwin2(64, [0.0, edge, 2 * edge, 1.0], gains, antisymmetric=True))
band = torch.from_numpy(signal.firwin(numtaps=33, cutoff=[0.1, edge], pass_zero=False)).float()
kernel = band[None, None, :]
smoothed = F.conv1d(torch.randn(2, 1, 500), kernel, stride=2, padding=16)
"""


def test_a_filter_has_numtaps_coefficients(monkeypatch):
    found, truth = hints_and_truth(FILTERS, monkeypatch)
    assert truth["low"] == "[101]" and truth["shaped"] == "[64]" and truth["smoothed"] == "[2, 1, 250]"
    for name in ("low", "shaped", "band", "kernel", "smoothed"):
        assert found.get(name) == truth[name]
