"""Engine tests: a ModuleList or Sequential that a loop of unknown count appends layers to holds any number of
them, each one of the layers the loop's passes built; iterating it yields their join. Truths come from running
each program."""

from engine_support import hints_and_truth

BLOCKS = """
import json
import os
import torch
from torch import nn

config = json.loads(os.environ.get("UNUSED") or '{"widths": [3, 8, 16], "depth": 2, "features": 5}')


class Block(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, padding=1)

    def forward(self, x):
        return torch.relu(self.conv(x))


class Net(nn.Module):
    def __init__(self, widths):
        super().__init__()
        self.blocks = nn.ModuleList()
        for i in range(len(widths) - 1):
            self.blocks.append(Block(widths[i], widths[i + 1]))

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return x


class Doubling(nn.Module):
    def __init__(self, depth):
        super().__init__()
        self.blocks = nn.ModuleList()
        width = 3
        for _ in range(depth):
            self.blocks.append(Block(width, width * 2))
            width *= 2

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return x


mlp = nn.Sequential()
for _ in range(config["depth"]):
    mlp.append(nn.Linear(config["features"], config["features"]))
    mlp.append(nn.ReLU())

out = Net(config["widths"])(torch.rand(2, 3, 8, 8))
doubled = Doubling(config["depth"])(torch.rand(2, 3, 8, 8))
features = mlp(torch.rand(4, config["features"]))
"""


def test_layers_appended_in_a_loop_of_unknown_count(monkeypatch):
    found, truth = hints_and_truth(BLOCKS, monkeypatch)
    assert found.get("out") == "[2, ?, 8, 8]" and truth["out"] == "[2, 16, 8, 8]"
    assert found.get("features") == "[4, features]" and truth["features"] == "[4, 5]"


def test_a_stack_keeps_the_layers_of_every_pass(monkeypatch):
    found, truth = hints_and_truth(BLOCKS, monkeypatch)
    assert truth["doubled"] == "[2, 12, 8, 8]"
    assert found.get("doubled") in (None, "[2, ?, 8, 8]")
