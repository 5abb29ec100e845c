"""Engine tests: `nn.Sequential(first, *(Unit(c) for _ in range(depth)), last)`, layers given one by one around a
list of unknown length, applies them in order around the stack of copies, and an int index reaches the layers
given one by one from the end it counts from. Truths come from running the snippet."""

from engine_support import hints_and_truth

AROUND = """
import os
import torch
from torch import nn

depth = int(os.environ.get("DEPTH", "3"))

class Unit(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, padding=1)

    def forward(self, x):
        return x + self.conv(x)

block = nn.Sequential(
    nn.Conv2d(3, 8, 3, stride=2, padding=1), *(Unit(8) for _ in range(depth)), nn.Flatten(), nn.Linear(8 * 16 * 16, 10)
)
images = torch.randn(4, 3, 32, 32)
logits = block(images)
entry = block[0](images)
units = nn.Sequential(*[Unit(8) for _ in range(depth)], nn.AdaptiveAvgPool2d(1))
pooled = units(entry)
flat = block[-2](entry)
"""


def test_layers_around_a_stack_run_in_order_around_it(monkeypatch):
    found, truth = hints_and_truth(AROUND, monkeypatch)
    for name in ("logits", "entry", "pooled", "flat"):
        assert found.get(name) == truth[name], name
