"""Unit tests: the `math` module's functions give a Python number (folded when their arguments are known), so a
tensor scaled by one keeps its shape and a size computed with one keeps its value."""

from engine_support import hints_and_truth

SCALED = """
import math

import torch


def mu_law(wav, channels):
    mu = channels - 1
    y = torch.sign(wav) * torch.log1p(mu * wav.abs()) / math.log1p(mu)
    return ((y + 1) / 2 * mu + 0.5).long()


wav = torch.rand(20) * 1.8 - 0.9
codes = mu_law(wav, 256)
angles = torch.zeros(4, 3) * math.atan2(1.0, 2.0) + math.expm1(0.5) * math.asinh(1.0)
grid = torch.zeros(math.lcm(4, 6), int(math.degrees(math.pi / 60)), int(math.hypot(3, 4)))
"""


def test_math_functions_give_numbers(monkeypatch):
    found, truth = hints_and_truth(SCALED, monkeypatch)
    assert found["codes"] == truth["codes"] == "[20]"
    assert found["angles"] == truth["angles"] == "[4, 3]"
    assert found["grid"] == truth["grid"] == "[12, 3, 5]"
