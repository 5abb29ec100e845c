import torch
a = torch.zeros(3, 4)
b = torch.ones(3, 4)
pair = torch.stack([a, b])
