"""Engine tests: `layer.weight.data = new` where `new` keeps the weight's sizes, dtype and device (`conv.weight.data
/= scale`) leaves the layer holding the very tensor it held: a walk over a model's modules that rescales each
convolution's weights keeps the model's layers known. Truths come from running the snippet."""

from engine_support import hints_and_truth

RESCALED = """
import torch
import torch.nn as nn


def shrink(layer, factor):
    spread = layer.weight.std().detach()
    layer.weight.data /= spread * factor
    layer.bias.data = layer.bias.data / factor


class Stack(nn.Module):
    def __init__(self, levels):
        super().__init__()
        self.blocks = nn.ModuleList()
        width = 4
        for _ in range(levels):
            self.blocks.append(nn.Sequential(nn.Conv1d(width, 2 * width, 3), nn.Tanh()))
            width = 2 * width
        for part in self.modules():
            if isinstance(part, nn.Conv1d):
                shrink(part, 2.0)


stack = Stack(3)
first = stack.blocks[0](torch.randn(5, 4, 20))
last = stack.blocks[2](torch.randn(5, 16, 20))
weight = stack.blocks[1][0].weight
"""


def test_rescaled_weights_keep_the_layers_known(monkeypatch):
    found, truth = hints_and_truth(RESCALED, monkeypatch)
    assert found["first"] == truth["first"] == "[5, 8, 18]"
    assert found["last"] == truth["last"] == "[5, 32, 18]"
    assert found["weight"] == truth["weight"] == "[16, 8, 3]"
