import torch

gen = torch.Generator().manual_seed(1)
features = torch.randn(4, 10, generator=gen)
weights = torch.randn(12, 5, generator=gen)
scores = features @ weights
