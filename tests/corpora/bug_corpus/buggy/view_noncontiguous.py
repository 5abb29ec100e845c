import torch
x = torch.randn(2, 3, 4)
y = x.transpose(1, 2)
flat = y.view(2, 12)
