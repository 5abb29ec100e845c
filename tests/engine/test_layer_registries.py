"""Unit tests: `layer.register_parameter(name, p)` and `layer.register_buffer(name, t)` on a torch layer give it
that attribute, and `del layer._parameters[name]` takes one away, so the tensor a program sets there later (the
spectral-norm recipe: `setattr(layer, "weight", w / sigma)`) is what the layer's forward reads."""

from engine_support import hints_and_truth

REGISTRIES = """
import torch
from torch import nn

conv = nn.Conv2d(3, 8, 3, padding=1, bias=False)
weight = conv.weight
del conv._parameters["weight"]
conv.register_parameter("weight_u", nn.Parameter(weight.data.new(8).normal_(0, 1), requires_grad=False))
conv.register_buffer("scale", torch.ones(4), persistent=False)
registered = conv.weight_u
buffered = conv.scale
setattr(conv, "weight", weight[:5] / 2.0)
out = conv(torch.randn(2, 3, 6, 6))
"""


def test_registered_tensors_are_the_layer_s_attributes(monkeypatch):
    found, truth = hints_and_truth(REGISTRIES, monkeypatch)
    for name in ("registered", "buffered", "out"):
        assert found[name] == truth[name], name
