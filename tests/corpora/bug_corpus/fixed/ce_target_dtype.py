import torch
from torch import nn
criterion = nn.CrossEntropyLoss()
logits = torch.randn(8, 10)
target = torch.randint(0, 10, (8,)).float()
loss = criterion(logits, target.long())
