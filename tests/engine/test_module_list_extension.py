"""Unit tests: `layers += [a, b]` on an `nn.ModuleList` extends it in place (`ModuleList.__iadd__` is `extend`), so
the list, and every other name for it, holds the new layers after the old ones."""

from engine_support import hints_and_truth

EXTENDED = """
import torch
from torch import nn


class Heads(nn.Module):
    def __init__(self, widths):
        super().__init__()
        self.heads = nn.ModuleList()
        for width in widths:
            self.heads += [nn.Linear(3, width)]

    def forward(self, x):
        return [head(x) for head in self.heads]


first, second = Heads([5, 6])(torch.ones(2, 3))
layers = nn.ModuleList([nn.Linear(3, 4)])
alias = layers
layers += [nn.Linear(4, 7)]
through = alias[1](alias[0](torch.ones(2, 3)))
"""


def test_adding_layers_to_a_module_list_extends_it(monkeypatch):
    found, truth = hints_and_truth(EXTENDED, monkeypatch)
    for name in ("first", "second", "through"):
        assert found[name] == truth[name], name
