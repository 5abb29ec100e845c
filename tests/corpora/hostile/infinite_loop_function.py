import torch

before = torch.zeros(3)


def spin():
    while True:
        pass


def spin_forever(x):
    while x.sum() > -1:
        x = x + 1
    return x


spin()
result = spin_forever(torch.zeros(4))
after = torch.ones(2, 2)
