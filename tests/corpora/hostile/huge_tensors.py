import torch

before = torch.zeros(3)
square = torch.randn(10**6, 10**6)
line = torch.ones(2**40)
big = torch.zeros(20000, 20000) + 1
product = square @ square.T
steps = torch.arange(10**12)
wide = torch.empty(2**20, 2**20, dtype=torch.float64)
filled = torch.full((50000, 50000), 3.0).exp()
after = torch.ones(2, 2)
