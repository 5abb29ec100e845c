"""Nested modules: nn.Sequential, nn.ModuleList, nn.ModuleDict (indexed by key and read by attribute), blocks
built in loops."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = F.relu(layer(x))
        x = self.layers[-1](x)
        return x


class Heads(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.heads = nn.ModuleDict({
            "class": nn.Linear(dim, 10),
            "box": nn.Linear(dim, 4),
        })

    def forward(self, features):
        cls = self.heads["class"](features)
        box = self.heads["box"](features)
        return cls, box


class Detector(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 8, 3, stride=2, padding=1),
            nn.ReLU(),
            nn.Conv2d(8, 16, 3, stride=2, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.neck = MLP([16, 32, 32])
        self.head = Heads(32)

    def forward(self, images):
        features = self.backbone(images)
        features = self.neck(features)
        cls, box = self.head(features)
        return cls, box


mlp = MLP([10, 20, 30, 5])
mlp_out = mlp(torch.randn(7, 10))

blocks = nn.Sequential(*[nn.Sequential(nn.Linear(8, 8), nn.LayerNorm(8), nn.GELU()) for _ in range(3)])
block_out = blocks(torch.randn(2, 8))
first_block_out = blocks[0](torch.randn(2, 8))

layers = []
in_channels = 3
for out_channels in [8, 16, 32]:
    layers.append(nn.Conv2d(in_channels, out_channels, 3, padding=1))
    layers.append(nn.MaxPool2d(2))
    in_channels = out_channels
encoder = nn.Sequential(*layers)
encoded = encoder(torch.randn(1, 3, 32, 32))

named = nn.Sequential()
named.add_module("fc", nn.Linear(6, 3))
named.add_module("act", nn.Tanh())
named_out = named(torch.randn(5, 6))

detector = Detector()
class_logits, boxes = detector(torch.randn(2, 3, 32, 32))

module_list = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
hidden = torch.randn(3, 4)
for i, layer in enumerate(module_list):
    hidden = layer(hidden) + hidden
weight = module_list[0].weight
bias = module_list[0].bias

stack = nn.ModuleDict(dict(embed=nn.Embedding(50, 16), blocks=nn.ModuleList([nn.Linear(16, 16) for _ in range(2)])))
stack.embed.weight = nn.Parameter(torch.randn(50, 16))
hidden = stack.embed(torch.randint(0, 50, (3, 7)))
for block in stack.blocks:
    hidden = block(hidden)
