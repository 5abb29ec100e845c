"""Engine tests: a layer changed in place after it was reached another way than by its owner's name (read out of
a torch layer into a variable, or met walking `modules()` / `named_modules()` of a container or a user module)
changes the layers and user modules that hold it, so no call of theirs shows a shape from before the change.
Truths come from running the snippet."""

from engine_support import agrees, hints_and_truth

CHANGED = """
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, channels, stride=1):
        super().__init__()
        self.reduce = nn.Conv2d(channels, channels, 1)
        self.spread = nn.Conv2d(channels, channels, 3, stride=stride, padding=1)
        self.shortcut = nn.Sequential(nn.Conv2d(channels, channels, 1, stride=stride))

    def forward(self, x):
        return self.spread(self.reduce(x)) + self.shortcut(x)


images = torch.randn(2, 4, 16, 16)
stage = nn.Sequential(Block(4, stride=2), Block(4))
for name, module in stage.named_modules():
    if name.endswith("spread"):
        module.dilation, module.padding, module.stride = (2, 2), (2, 2), (1, 1)
    elif name.endswith("shortcut.0"):
        module.stride = (1, 1)
dilated = stage(images)

stem = nn.Sequential(nn.Conv2d(4, 4, 3, stride=2, padding=1), nn.ReLU())
for module in stem.modules():
    if isinstance(module, nn.Conv2d):
        module.stride = (1, 1)
kept = stem(images)

encoder = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)
projection = encoder.linear2
projection.weight = nn.Parameter(torch.randn(6, 16))
projection.bias = nn.Parameter(torch.randn(6))
projected = encoder.linear2(torch.randn(3, 16))
"""


def test_a_layer_changed_reaches_the_layers_holding_it(monkeypatch):
    found, truth = hints_and_truth(CHANGED, monkeypatch)
    for name in ("dilated", "kept", "projected"):
        assert name in found and agrees(found[name], truth[name]), name


LISTED = """
import torch
from torch import nn


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3))

    def forward(self, x):
        return self.body(x)


head = Head()
named = dict(head.named_modules())
first = named["body.0"](torch.randn(5, 8))
layers = [module for module in nn.Sequential(nn.Linear(8, 4), nn.Tanh()).modules()]
second = layers[1](torch.randn(5, 8))
"""


def test_named_modules_lists_each_module_under_its_dotted_name(monkeypatch):
    found, truth = hints_and_truth(LISTED, monkeypatch)
    assert found.get("first") == truth["first"] == "[5, 16]"
    assert found.get("second") == truth["second"] == "[5, 4]"
