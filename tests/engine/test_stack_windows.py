"""Engine tests: a window of a ModuleList or Sequential whose bounds are ints of unknown value (`blocks[:depth]`):
some of its layers, how many unknown."""

import pytest
from engine_support import hints_and_truth

SHALLOW_BLOCKS = """
    import random

    import torch
    from torch import nn

    class Block(nn.Module):
        def __init__(self, width):
            super().__init__()
            self.proj = nn.Linear(width, width)

        def forward(self, x):
            return torch.relu(self.proj(x))

    blocks = nn.ModuleList([Block(6) for _ in range(3)])
    depth = random.randint(1, 3)
    x = torch.randn(4, 6)
    for block in blocks[:depth]:
        h = block(x)
    head = nn.Sequential(nn.Linear(6, 6), nn.ReLU(), nn.Linear(6, 6))
    y = head[:depth](torch.randn(2, 6))
    z = head[depth:](y)
"""


def test_windows_of_unknown_bounds_hold_some_layers(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(SHALLOW_BLOCKS, monkeypatch)
    assert set(truth) == {"x", "h", "y", "z"}
    assert {name: found.get(name) for name in truth} == truth
