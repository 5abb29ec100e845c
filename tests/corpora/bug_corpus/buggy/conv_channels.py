import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

images = torch.randn(32, 1, 28, 28)
labels = torch.randint(0, 10, (32,))
loader = DataLoader(TensorDataset(images, labels), batch_size=8)
conv = nn.Conv2d(3, 16, 3, padding=1)
for xb, yb in loader:
    feats = conv(xb)
