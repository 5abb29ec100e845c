import torch
from torch import nn


class FloatLayerNorm(nn.LayerNorm):
    def forward(self, x):
        return super().forward(x.float()).type(x.dtype)


class Block(nn.Module):
    def __init__(self, width, rate):
        super().__init__()
        self.norm = FloatLayerNorm(width)
        self.proj = nn.Linear(width, width)
        self.drop = nn.Dropout(rate) if rate > 0 else nn.Identity()

    def forward(self, x):
        return x + self.drop(self.proj(self.norm(x)))


rates = torch.linspace(0, 0.1, 2).tolist()
blocks = nn.Sequential(*[Block(64, rate) for rate in rates])
out = blocks(torch.randn(8, 16, 48))
