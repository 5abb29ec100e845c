import torch
import torch.nn.functional as F
logits = torch.randn(8, 10)
target = torch.rand(8, 5)
loss = F.cross_entropy(logits, target)
