"""Engine tests: two closures made by one factory are two functions: each call runs with its own captured
values, never with a result remembered from the other. Truths come from running each program."""

from engine_support import hints_and_truth

FACTORY = """
import torch
import torch.nn as nn


def applying(layer, scale):
    def run(x):
        return layer(x) * scale

    return run


narrow = applying(nn.Linear(4, 8), 2.0)
wide = applying(nn.Linear(4, 16), 2.0)
a = narrow(torch.rand(2, 4))
b = wide(torch.rand(2, 4))
c = narrow(torch.rand(3, 4))
"""


def test_closures_of_one_factory_keep_their_own_captured_layers(monkeypatch):
    found, truth = hints_and_truth(FACTORY, monkeypatch)
    assert found.get("a") == truth["a"] == "[2, 8]"
    assert found.get("b") == truth["b"] == "[2, 16]"
    assert found.get("c") == truth["c"] == "[3, 8]"
