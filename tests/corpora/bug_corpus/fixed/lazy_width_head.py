import torch
import torch.nn.functional as F
from torch import nn

width = 16
for _block in range(20):
    width += 8

head = nn.Sequential(nn.BatchNorm1d(width), nn.Linear(width, 5))
pooled = torch.randn(4, 176)
logits = head(pooled)
labels = torch.randint(0, 5, (4,))
loss = F.cross_entropy(logits, labels)
