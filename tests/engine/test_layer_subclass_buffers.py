"""A user subclass of a torch layer that registers a buffer (`self.register_buffer("mask", m)` in a masked
convolution's `__init__`) registers it on its own torch part: `self.mask` reads it back, and the layer's forward
that multiplies the weight by it keeps every shape (the name `self` stays the object)."""

from engine_support import hints_and_truth

MASKED = """
import torch
import torch.nn as nn
import torch.nn.functional as F


class MaskedConv2d(nn.Conv2d):
    def __init__(self, kind, *args, **kwargs):
        super().__init__(*args, **kwargs)
        rows, cols = self.kernel_size
        mask = torch.ones_like(self.weight)
        mask[:, :, rows // 2, cols // 2 + (kind == "B"):] = 0
        mask[:, :, rows // 2 + 1:] = 0
        self.register_buffer("mask", mask)

    def forward(self, x):
        return F.conv2d(x, self.weight * self.mask, self.bias, self.stride, self.padding)


first = MaskedConv2d("A", 3, 8, 7, padding=3)
net = nn.Sequential(first, nn.ReLU(), MaskedConv2d("B", 8, 8, 3, padding=1))
mask = first.mask
out = net(torch.zeros(2, 3, 16, 16))
"""


def test_a_buffer_registered_by_a_layer_subclass_is_its_own(monkeypatch):
    found, truth = hints_and_truth(MASKED, monkeypatch)
    assert found["mask"] == truth["mask"] == "[8, 3, 7, 7]"
    assert found["out"] == truth["out"] == "[2, 8, 16, 16]"
