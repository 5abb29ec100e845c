"""Engine tests: a user subclass of `nn.ModuleDict` that registers its layers with `add_module` (torchvision's
DenseNet block) lists them by `items()`, `keys()` and `values()`, counts them by `len()` and reads one by name,
as the ModuleDict it is. Truths come from running the program."""

from engine_support import hints_and_truth

PROGRAM = """
import torch
import torch.nn as nn


class Layer(nn.Module):
    def __init__(self, channels, growth):
        super().__init__()
        self.conv = nn.Conv2d(channels, growth, 3, padding=1)

    def forward(self, inputs):
        return self.conv(torch.cat(inputs, 1))


class Block(nn.ModuleDict):
    def __init__(self, layers, channels, growth):
        super().__init__()
        for i in range(layers):
            self.add_module(f"layer{i + 1}", Layer(channels + i * growth, growth))

    def forward(self, first):
        features = [first]
        for _, layer in self.items():
            features.append(layer(features))
        return torch.cat(features, 1)


block = Block(5, 8, 4)
out = block(torch.randn(2, 8, 5, 5))
count = torch.zeros(len(block))
names = torch.zeros(len(list(block.keys())))
layers = torch.zeros(len(list(block.values())))
first = block["layer1"]([torch.randn(2, 8, 5, 5)])
"""


def test_module_dict_subclass_lists_its_layers(monkeypatch):
    found, truth = hints_and_truth(PROGRAM, monkeypatch)
    for name in ("out", "count", "names", "layers", "first"):
        assert found[name] == truth[name], name
