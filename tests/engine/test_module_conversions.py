"""`model.double()` / `.to(dtype)` convert a user module's parameters and buffers, never its plain tensor
attributes (a key-value cache kept as `self.cache = torch.zeros(...)`)."""

from engine_support import hints_and_truth, reported_and_raising

CACHE = """
import torch
from torch import nn


class Cached(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(8, 8)
        self.cache = torch.zeros(4, 16, 8)
        self.register_buffer("mask", torch.ones(16))

    def forward(self, x, upto):
        self.cache[: x.shape[0], : x.shape[1]] = self.proj(x).float()
        return self.cache[: x.shape[0], :upto], self.mask[:upto]


model = Cached().double()
window, kept = model(torch.randn(2, 3, 8, dtype=torch.float64), 5)
"""


def test_a_converted_model_keeps_its_plain_tensor_attributes(monkeypatch):
    found, truth = hints_and_truth(CACHE, monkeypatch)
    assert found["window"] == truth["window"]
    assert "kept" not in found or found["kept"] == truth["kept"]


def test_a_buffer_registered_under_a_computed_name_may_be_any_attribute(monkeypatch):
    program = CACHE.replace('register_buffer("mask"', 'register_buffer("m" + "ask"')
    found, truth = hints_and_truth(program, monkeypatch)
    assert found["window"] == truth["window"]  # the cache keeps its shape, whichever dtype it has
    assert reported_and_raising(program, monkeypatch) == ([], 0)
