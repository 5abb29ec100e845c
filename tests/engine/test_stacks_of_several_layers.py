"""Engine tests: `nn.Sequential(*layers)` of a list a loop of unknown count fills with several kinds of layers
(`layers += [nn.Linear(h, h), nn.ReLU()]`) is a stack of one of them after another: a size they all keep stays,
one some layer changes is unknown. Truths come from running the snippet."""

from engine_support import hints_and_truth

BLOCKS = """
import os
import torch
from torch import nn

depth = int(os.environ.get("DEPTH", "3"))
layers = []
for _ in range(depth):
    layers += [nn.Linear(8, 8), nn.ReLU()]
features = nn.Sequential(*layers)(torch.randn(32, 8))
downs = []
for _ in range(depth):
    downs += [nn.Conv2d(4, 4, 3, stride=2, padding=1), nn.ReLU()]
pooled = nn.Sequential(*downs)(torch.randn(2, 4, 16, 16))
"""


def test_a_stack_of_several_layers_keeps_what_they_all_keep(monkeypatch):
    found, truth = hints_and_truth(BLOCKS, monkeypatch)
    assert found["features"] == truth["features"] == "[32, 8]"
    assert truth["pooled"] == "[2, 4, 2, 2]" and found["pooled"] == "[2, 4, ?, ?]"
