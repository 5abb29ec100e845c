"""Engine tests: a layer of a Sequential changed in place through another name (`norm = block[1]; norm.momentum =
0`, or `model.apply(fn)` setting an attribute) leaves the Sequential holding one of the layer as it was and as it
is, so calls of the Sequential still give shapes. Truths come from running the snippet."""

from engine_support import hints_and_truth

CHANGED = """
import os
import torch
from torch import nn

width = int(os.environ.get("WIDTH", "8"))
block = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8))
norm = block[1]
norm.momentum = 0
images = torch.randn(4, 3, 16, 16)
features = block(images)

class Net(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(3, channels, 3, padding=1), nn.BatchNorm2d(channels))

    def forward(self, x):
        return self.body(x)

def freeze(module):
    if isinstance(module, nn.BatchNorm2d):
        module.momentum = 0

model = Net(width)
model.apply(freeze)
frozen = model(images)
"""


def test_a_layer_changed_through_another_name_stays_in_its_sequential(monkeypatch):
    found, truth = hints_and_truth(CHANGED, monkeypatch)
    assert found.get("features") == truth["features"]
    assert found.get("frozen") == "[4, width, 16, 16]" and truth["frozen"] == "[4, 8, 16, 16]"
