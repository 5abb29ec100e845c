"""A deep network laid out in __init__ by loops of many iterations (stages of 20 and 30 blocks, a widening
stack): every block is built, so the model's output is known."""

import torch
import torch.nn.functional as F
from torch import nn


class Block(nn.Module):
    def __init__(self, channels, growth):
        super().__init__()
        self.norm = nn.BatchNorm1d(channels)
        self.proj = nn.Linear(channels, growth)

    def forward(self, x):
        new = self.proj(F.gelu(self.norm(x)))
        return torch.cat([x, new], dim=1)


class Stage(nn.Module):
    def __init__(self, channels, depth, growth=2):
        super().__init__()
        blocks = []
        for _ in range(depth):
            blocks.append(Block(channels, growth))
            channels += growth
        self.blocks = nn.Sequential(*blocks)
        self.out_channels = channels

    def forward(self, x):
        return self.blocks(x)


class DeepNet(nn.Module):
    def __init__(self, inputs=6, depths=(20, 30), classes=3):
        super().__init__()
        stages = []
        channels = inputs
        for depth in depths:
            stage = Stage(channels, depth)
            stages.append(stage)
            channels = stage.out_channels
        self.stages = nn.ModuleList(stages)
        self.head = nn.Linear(channels, classes)

    def forward(self, x):
        for stage in self.stages:
            x = stage(x)
        return self.head(x)


net = DeepNet()
batch = torch.randn(5, 6)
logits = net(batch)
first = net.stages[0](batch)
widths = [torch.zeros(1, 4 + step) for step in range(18)]
stacked = torch.cat(widths, dim=1)
