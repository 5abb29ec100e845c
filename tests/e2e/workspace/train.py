import torch
from models import Net

model = Net(8, 3)
x = torch.randn(16, 8)
y = model(x)
