"""Engine tests: two stateless torch layers of one class built alike (an `nn.ReLU()` made on each pass of a
loop) are one option of a value that is one layer or another, so a loop that makes several kinds of layers per
pass keeps them within the options a value may have. Truths come from running the snippet."""

from engine_support import hints_and_truth

BLOCKS = """
import os
import torch
from torch import nn

depth = int(os.environ.get("DEPTH", "3"))
layers = []
for _ in range(depth):
    layers += [nn.Linear(8, 8), nn.ReLU(), nn.Dropout(0.1)]
features = nn.Sequential(*layers)(torch.randn(32, 8))
"""


def test_stateless_layers_built_alike_are_one_option(monkeypatch):
    found, truth = hints_and_truth(BLOCKS, monkeypatch)
    assert found.get("features") == truth["features"] == "[32, 8]"
