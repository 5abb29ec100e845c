"""The builtin `abs(t)` of a tensor calls `Tensor.__abs__`, which is `t.abs()`: the same shape, and real sizes for a
complex tensor (the amplitudes of an FFT)."""

from engine_support import hints_and_truth

PERIODS = """
import torch

x = torch.randn(8, 40, 3)
xf = torch.fft.rfft(x, dim=1)
frequencies = abs(xf).mean(0).mean(-1)
_, top = torch.topk(frequencies, 4)
amplitudes = abs(xf).mean(-1)[:, top]
distance = abs(x - x.flip(1))
"""


def test_abs_of_a_tensor_keeps_its_shape(monkeypatch):
    found, truth = hints_and_truth(PERIODS, monkeypatch)
    for name in ("frequencies", "top", "amplitudes", "distance"):
        assert found[name] == truth[name]
