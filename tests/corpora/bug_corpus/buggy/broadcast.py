import torch
scores = torch.randn(4, 3)
bias = torch.randn(2, 3)
shifted = scores + bias
