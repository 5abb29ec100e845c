import torch

before = torch.zeros(3)
while True:
    pass
counter = 0
while True:
    counter += 1
    before = before + 1
after = torch.ones(2, 2)
