import torch
scores = torch.randn(4, 3)
bias = torch.randn(1, 3)
shifted = scores + bias
