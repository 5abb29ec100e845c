import torch

before = torch.zeros(3)
power = 2 ** 10 ** 10
tower = 10 ** 10 ** 10
text = "a" * 10**12
shifted = 1 << 10**10
items = [0] * 10**12
pairs = (1, 2) * 10**12
many = list(range(10**12))
squares = [i * i for i in range(10**12)]
after = torch.ones(2, 2)
