import torch
q = torch.randn(2, 5, 8)
k = torch.randn(2, 5, 8)
scores = q @ k
