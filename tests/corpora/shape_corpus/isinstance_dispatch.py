"""isinstance picks the branch: a decoder walks a ModuleList of two kinds of blocks (upsampling, or merging a skip
connection popped from a list), a helper takes a size or a tensor, a config value is an int or a float."""

import torch
from torch import nn


class Upsample(nn.Module):
    def __init__(self, channels: int):
        super().__init__()
        self.conv = nn.ConvTranspose2d(channels, channels, 4, stride=2, padding=1)

    def forward(self, x):
        return self.conv(x)


class Merge(nn.Module):
    def __init__(self, channels: int):
        super().__init__()
        self.conv = nn.Conv2d(2 * channels, channels, 3, padding=1)

    def forward(self, x):
        return torch.relu(self.conv(x))


class ScaledMerge(Merge):
    def forward(self, x):
        return super().forward(x) * 0.5


class Decoder(nn.Module):
    def __init__(self, channels: int = 8):
        super().__init__()
        self.blocks = nn.ModuleList([Merge(channels), Upsample(channels), ScaledMerge(channels)])

    def forward(self, x, skips):
        for block in self.blocks:
            if isinstance(block, Upsample):
                x = block(x)
            else:
                skip = skips.pop()
                x = torch.cat((x, skip), dim=1)
                x = block(x)
            if isinstance(block, Merge):
                merged = x
        return x, merged


decoder = Decoder()
skips = [torch.randn(2, 8, 16, 16), torch.randn(2, 8, 8, 8)]
out, last_merged = decoder(torch.randn(2, 8, 8, 8), skips)


def as_tensor(size_or_tensor):
    if isinstance(size_or_tensor, torch.Tensor):
        return size_or_tensor
    return torch.zeros(size_or_tensor, 3)


given = as_tensor(torch.ones(5, 3))
made = as_tensor(7)

dropout = 0.1
if isinstance(dropout, float):
    keep = torch.rand(4, 6) > dropout
    kept = torch.randn(4, 6)[keep]
else:
    keep = torch.ones(4, 6, 2, dtype=torch.bool)
kinds = nn.ModuleList([Upsample(4), Merge(4)])
for layer in kinds:
    if isinstance(layer, nn.Module) and not isinstance(layer, Upsample):
        result = layer(torch.randn(1, 8, 5, 5))
