import torch
x = torch.arange(24)
grid = x.view(5, 5)
