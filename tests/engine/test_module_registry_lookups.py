"""Unit tests: `self._modules` of a user module is the dict of the layers it registered, by name, so
`self._modules["block_%d" % i]` is the layer `add_module` (or an attribute store) put under that name."""

from engine_support import hints_and_truth

REGISTRY = """
import torch
from torch import nn


class Stack(nn.Module):
    def __init__(self, layers):
        super().__init__()
        self.layers = layers
        self.head = nn.Linear(3, 5)
        for i in range(layers):
            self.add_module("block_%d" % i, nn.Linear(3, 3))

    def forward(self, x):
        for i in range(self.layers):
            x = self._modules["block_%d" % i](x)
        return self._modules["head"](x)


stack = Stack(3)
inputs = torch.ones(2, 3)
blocks = stack(inputs)
names = list(stack._modules)
head_weight = stack._modules["head"].weight
last_weight = list(stack._modules.values())[-1].weight
"""


def test_the_registry_of_a_user_module_holds_its_layers_by_name(monkeypatch):
    found, truth = hints_and_truth(REGISTRY, monkeypatch)
    for name in ("blocks", "head_weight", "last_weight"):
        assert found[name] == truth[name], name
