"""Engine tests: a loop that builds layers (`nn.Conv2d(...)` in its body) or calls the layer its target picks from
a container or a dict of layers (`self.features[k](x)`, `self._modules[name](x)`) is unrolled as far as building a
model is, also outside `__init__`; a bool indexes a tuple as 0 or 1 (`(1, 3)[flag]`). Truths come from running each
program."""

from engine_support import hints_and_truth

VGG = """
import torch
from torch import nn

CONFIG = [8, 8, "M", 16, 16, "M", 16, 16, 16, "C", 32, 32, 32, "M", 32, 32, 32]


def features(config, channels):
    layers = []
    for v in config:
        if v == "M":
            layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
        elif v == "C":
            layers += [nn.MaxPool2d(kernel_size=2, stride=2, ceil_mode=True)]
        else:
            layers += [nn.Conv2d(channels, v, kernel_size=3, padding=1), nn.ReLU(inplace=True)]
            channels = v
    return layers


def extras(config, channels):
    layers = []
    flag = False
    for v in config:
        layers += [nn.Conv2d(channels, v, kernel_size=(1, 3)[flag], padding=1)]
        flag = not flag
        channels = v
    return layers


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.ModuleList(features(CONFIG, 3))
        self.extras = nn.ModuleList(extras([16, 24, 16, 24], 32))

    def forward(self, x):
        for k in range(20):
            x = self.features[k](x)
        middle = x
        for k in range(20, len(self.features)):
            x = self.features[k](x)
        for layer in self.extras:
            x = layer(x)
        return middle, x


middle, out = Net()(torch.randn(2, 3, 75, 75))
"""


def test_loops_that_build_or_run_layers_are_unrolled(monkeypatch):
    found, truth = hints_and_truth(VGG, monkeypatch)
    assert found["middle"] == truth["middle"] == "[2, 32, 9, 9]"
    assert found["out"] == truth["out"] == "[2, 24, 8, 8]"


ENDPOINTS = """
import torch
from torch import nn

NAMES = tuple(f"stage{k}" for k in range(20))


class Block(nn.Module):
    def __init__(self, channels, stride):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels + 2, 3, stride=stride, padding=1)

    def forward(self, x):
        return self.conv(x)


class Net(nn.Module):
    def __init__(self, last):
        super().__init__()
        self.stages = {}
        for k, name in enumerate(NAMES[:last]):
            self.stages[name] = Block(4 + 2 * k, 2 if k % 6 == 5 else 1)
        for name, block in self.stages.items():
            self.add_module(name, block)

    def forward(self, x):
        for name in NAMES:
            if name in self.stages:
                x = self._modules[name](x)
        return x


out = Net(18)(torch.randn(1, 4, 40, 40))
"""


def test_a_loop_over_names_running_a_dict_of_layers_is_unrolled(monkeypatch):
    found, truth = hints_and_truth(ENDPOINTS, monkeypatch)
    assert found["out"] == truth["out"] == "[1, 40, 5, 5]"
