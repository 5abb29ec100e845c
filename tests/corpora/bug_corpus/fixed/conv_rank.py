import torch
from torch import nn
image = torch.randn(28, 28)
conv = nn.Conv2d(1, 4, 3)
out = conv(image.unsqueeze(0))
