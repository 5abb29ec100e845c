import torch
from torch import nn
pred = torch.sigmoid(torch.randn(8, 1))
target = torch.randint(0, 2, (8,)).float()
loss = nn.BCELoss()(pred, target)
