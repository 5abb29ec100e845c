"""Layers that inherit: a block that extends another through `super().forward`, the two-argument `super(Cls,
self)`, subclasses of torch layers (a LayerNorm computed in float32, a Conv2d with standardised weights) with and
without their own `__init__`, an `OrderedDict` of named stages, layers chosen on a rate the engine cannot
know (stochastic depth from `torch.linspace(...).tolist()`), and an `nn.Sequential` subclass with its own forward
built from `*layers` the engine cannot list."""

from collections import OrderedDict

import torch
import torch.nn.functional as F
from torch import nn


class FloatLayerNorm(nn.LayerNorm):
    def forward(self, x):
        kept = x.dtype
        normed = super().forward(x.type(torch.float32))
        return normed.type(kept)


class StandardConv(nn.Conv2d):
    def __init__(self, channels_in, channels_out, size, eps=1e-5):
        super().__init__(channels_in, channels_out, size, padding=size // 2, bias=False)
        self.eps = eps

    def forward(self, x):
        mean = self.weight.mean(dim=(1, 2, 3), keepdim=True)
        weight = (self.weight - mean) / (self.weight.var(dim=(1, 2, 3), keepdim=True) + self.eps).sqrt()
        return F.conv2d(x, weight, None, self.stride, self.padding)


class WideTanh(nn.Linear):
    pass


class DropPath(nn.Module):
    def __init__(self, rate):
        super(DropPath, self).__init__()
        self.rate = rate

    def forward(self, x):
        keep = torch.rand(x.shape[0], 1, 1) > self.rate
        return x * keep / (1 - self.rate)


class MixerBlock(nn.Module):
    def __init__(self, width, rate):
        super().__init__()
        self.norm = FloatLayerNorm(width)
        self.mix = nn.Sequential(
            OrderedDict([("up", nn.Linear(width, 2 * width)), ("act", nn.GELU()), ("down", nn.Linear(2 * width, width))])
        )
        self.drop = DropPath(rate) if rate > 0 else nn.Identity()

    def forward(self, x):
        mixed = self.mix(self.norm(x))
        return x + self.drop(mixed)


class GatedBlock(MixerBlock):
    def __init__(self, width, rate):
        super().__init__(width, rate)
        self.gate = WideTanh(width, width)

    def forward(self, x):
        mixed = super().forward(x)
        gate = torch.sigmoid(self.gate(mixed))
        return mixed * gate


rates = torch.linspace(0, 0.2, 3).tolist()
blocks = nn.ModuleList([GatedBlock(32, rate) for rate in rates])
tokens = torch.randn(4, 10, 32)
for block in blocks:
    tokens = block(tokens)
stem = StandardConv(3, 16, 3)
images = torch.randn(2, 3, 8, 8)
features = stem(images)
weights = stem.weight
halves = FloatLayerNorm(16)(features.permute(0, 2, 3, 1).half())


class Chain(nn.Sequential):
    def forward(self, x):
        for layer in self._modules.values():
            x = layer(x)
        return x


def flow_layers(kind, width, depth):
    layers = []
    for _ in range(depth):
        if kind == "affine":
            layers += [nn.Linear(width, width), nn.Tanh(), FloatLayerNorm(width)]
        elif kind == "gated":
            layers += [WideTanh(width, width), nn.ReLU(), nn.Dropout(0.1)]
        else:
            layers += [nn.Identity(), nn.GELU(), nn.Linear(width, width), nn.SiLU()]
    return layers


kind = "affine" if torch.rand(1).item() < 2 else "gated"  # the engine cannot decide it
flow = Chain(*flow_layers(kind, 24, 2))
flowed = flow(torch.randn(6, 24))
pair = Chain(nn.Linear(24, 12), nn.ReLU())
paired = pair(torch.randn(5, 24))
