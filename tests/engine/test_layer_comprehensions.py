"""Unit tests: a comprehension that builds layers (`nn.ModuleList([Block(i) for i in range(30)])`) is unrolled as
far as a loop building them is, so each layer keeps its own arguments."""

from engine_support import hints_and_truth

BLOCKS = """
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, channels, dilation):
        super().__init__()
        self.conv = nn.Conv1d(channels, 2 * channels, 3, padding=dilation, dilation=dilation)

    def forward(self, x):
        return self.conv(x)


class Stack(nn.Module):
    def __init__(self, count):
        super().__init__()
        self.blocks = nn.ModuleList([Block(4, 2 ** (i % 10)) for i in range(count)])

    def forward(self, x):
        for block in self.blocks:
            y = block(x)
        return y


convs = [nn.Conv1d(4, 4, 3, padding=d, dilation=d) for d in range(1, 31)]
x = torch.randn(2, 4, 80)
out = Stack(30)(x)
last = convs[-1](x)
"""


def test_layers_built_in_a_comprehension_keep_their_arguments(monkeypatch):
    found, truth = hints_and_truth(BLOCKS, monkeypatch)
    for name in ("out", "last"):
        assert found[name] == truth[name], name
