"""Layers sized by a count that a long loop computes: each reads its input size from what it is given, as
torch's Lazy modules do, and an output size nobody computed stays a symbol."""

import torch
import torch.nn.functional as F
from torch import nn

growth = 4
width = 8
for _step in range(24):
    width += growth

norm = nn.BatchNorm2d(width)
squeeze = nn.Conv2d(width, 16, kernel_size=1)
head = nn.Linear(width, 10)
frames = nn.Conv1d(in_channels=width, out_channels=6, kernel_size=3)
up = nn.ConvTranspose2d(width, 3, kernel_size=2, stride=2)
instance = nn.InstanceNorm1d(width, affine=True)
widen = nn.Linear(16, width)
stack = nn.Sequential(nn.BatchNorm1d(width), nn.Linear(width, 32), nn.ReLU(), nn.Linear(32, 4))

features = torch.randn(2, 104, 12, 12)
normed = F.relu(norm(features))
reduced = squeeze(normed)
pooled = normed.mean(dim=(2, 3))
logits = head(pooled)
sequence = frames(pooled.unsqueeze(-1).expand(-1, -1, 7))
upsampled = up(normed)
styled = instance(pooled.unsqueeze(-1).repeat(1, 1, 5))
widened = widen(reduced.flatten(2).transpose(1, 2))
scores = stack(pooled)
loss = F.cross_entropy(logits, torch.tensor([1, 7]))
