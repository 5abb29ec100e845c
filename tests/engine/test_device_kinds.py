"""Unit tests: `x.device.type` is the kind of the tensor's device (`'cpu'`), so a branch on it is decided and what
follows it keeps one shape."""

from engine_support import hints_and_truth

SRC = """
import torch

x = torch.randn(4, 3)
kind = x.device.type
if kind == "cuda":
    flat = x.view(2, 6)
else:
    flat = x.view(12)
doubled = flat * 2
if x.device.type != "cpu":
    wide = x.t()
else:
    wide = x.unsqueeze(0)
summed = wide.sum(-1)
"""


def test_a_devices_type_decides_a_branch(monkeypatch):
    found, truth = hints_and_truth(SRC, monkeypatch)
    assert found["doubled"] == truth["doubled"] == "[12]"
    assert found["summed"] == truth["summed"] == "[1, 4]"
