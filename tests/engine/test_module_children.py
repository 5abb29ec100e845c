"""Engine tests: `children()` / `named_children()` of a user module list the layers it registered, in torch's
order, and a loop over them runs each (DenseNet's dense blocks, more layers than other loops unroll); layers
set on a user `nn.Sequential` subclass run when it is called. Truths come from running each program."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

DENSE_BLOCKS = """
import torch
import torch.nn as nn


class DenseLayer(nn.Module):
    def __init__(self, width, growth):
        super().__init__()
        self.add_module("norm", nn.BatchNorm2d(width))
        self.add_module("conv", nn.Conv2d(width, growth, 3, padding=1))

    def forward(self, *earlier):
        return self.conv(torch.relu(self.norm(torch.cat(earlier, 1))))


class DenseBlock(nn.Module):
    def __init__(self, count, width, growth):
        super().__init__()
        for i in range(count):
            self.add_module("layer%d" % (i + 1), DenseLayer(width + i * growth, growth))

    def forward(self, x):
        features = [x]
        for _, layer in self.named_children():
            features.append(layer(*features))
        return torch.cat(features, 1)


class Steps(nn.Module):
    def __init__(self):
        super().__init__()
        self.first = nn.Linear(6, 5)
        self.scale = 2.0
        self.second = nn.Linear(5, 3)

    def forward(self, x):
        for layer in self.children():
            x = layer(x)
        return x


small = DenseBlock(3, 8, 4)(torch.rand(2, 8, 6, 6))
deep = DenseBlock(20, 8, 2)(torch.rand(2, 8, 6, 6))
steps = Steps()(torch.rand(4, 6))
"""

SEQUENTIAL_SUBCLASS = """
import torch
import torch.nn as nn


class Transition(nn.Sequential):
    def __init__(self, width):
        super().__init__()
        self.add_module("norm", nn.BatchNorm2d(width))
        self.add_module("conv", nn.Conv2d(width, width // 2, 1))
        self.pool = nn.AvgPool2d(2)


class Head(nn.Sequential):
    def __init__(self):
        super().__init__(nn.Flatten(), nn.Linear(16 * 4 * 4, 10))
        self.act = nn.LogSoftmax(dim=1)


halved = Transition(32)(torch.rand(2, 32, 8, 8))
scores = Head()(torch.rand(3, 16, 4, 4))
mlp = nn.Sequential()
for i, (a, b) in enumerate(zip([12, 8], [8, 6])):
    mlp.add_module(name="L{:d}".format(i), module=nn.Linear(a, b))
mlp_out = mlp(torch.rand(5, 12))
"""


def test_loops_over_named_children_run_each_registered_layer(monkeypatch):
    found, truth = hints_and_truth(DENSE_BLOCKS, monkeypatch)
    assert found.get("small") == truth["small"] == "[2, 20, 6, 6]"
    assert found.get("deep") == truth["deep"] == "[2, 48, 6, 6]"
    assert found.get("steps") == truth["steps"] == "[4, 3]"


def test_layers_set_on_a_sequential_subclass_run_after_the_others(monkeypatch):
    found, truth = hints_and_truth(SEQUENTIAL_SUBCLASS, monkeypatch)
    assert found.get("halved") == truth["halved"] == "[2, 16, 4, 4]"
    assert found.get("scores") == truth["scores"] == "[3, 10]"
    assert found.get("mlp_out") == truth["mlp_out"] == "[5, 6]"  # add_module's arguments given by keyword


def test_a_function_no_call_reaches_takes_any_number_of_extra_arguments():
    source = textwrap.dedent(DENSE_BLOCKS.partition("small = ")[0])  # the classes only: no call runs a forward
    analysis = analyse(source, torch, "cpu", 4096, 30.0)
    assert [issue.error.message for issue in analysis.issues] == []


CONTAINER_ITERATION = """
import torch
from torch import nn

heads = nn.ModuleDict({"small": nn.Linear(4, 2), "large": nn.Linear(4, 2)})
gains = nn.ParameterDict({"scale": nn.Parameter(torch.ones(2))})
x = torch.randn(5, 4)
scored = sum(heads[name](x) * gains["scale"] for name in heads)
keys = torch.zeros(len([key for key in gains]) + 1)
tokens = torch.randn(9, 6)
counts = torch.bincount(tokens.argmax(1) % 3, minlength=3).tolist()
experts = nn.ModuleList([nn.Linear(6, 6) for _ in range(3)])
routed = torch.cat([expert(group) for expert, group in zip(experts, tokens.split(counts))], 0)
"""


def test_module_dicts_yield_their_names_and_module_lists_their_layers(monkeypatch):
    found, truth = hints_and_truth(CONTAINER_ITERATION, monkeypatch)
    assert found.get("scored") == truth["scored"] == "[5, 2]"
    assert found.get("keys") == truth["keys"] == "[2]"
    assert truth["routed"] == "[9, 6]" and found.get("routed") == "[?, 6]"  # groups sized by the data


TORCH_CONTAINERS = """
import torch
from torch import nn

encoder = nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16, batch_first=True), 2)
widened = encoder.layers[1].linear1.weight
narrowing = encoder.layers[1:][0].linear2.weight
trunk = nn.Sequential(nn.Conv2d(3, 6, 3), nn.ReLU(), nn.Conv2d(6, 4, 3))
head = trunk[-1](torch.randn(2, 6, 9, 9))
"""


def test_items_of_torch_module_lists_and_sequentials_are_their_layers(monkeypatch):
    found, truth = hints_and_truth(TORCH_CONTAINERS, monkeypatch)
    assert found.get("widened") == truth["widened"] == "[16, 8]"
    assert found.get("narrowing") == truth["narrowing"] == "[8, 16]"  # a slice is a container of its own
    assert found.get("head") == truth["head"] == "[2, 4, 7, 7]"
