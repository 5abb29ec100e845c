import torch
w = torch.randn(3, 4)
idx = torch.arange(12).reshape(4, 3)
out = w @ idx
