import torch

before = torch.zeros(3)


def explode(path):
    # Ten calls with distinct constant arguments per level: 10**8 abstract calls to depth 8.
    explode(path + "0")
    explode(path + "1")
    explode(path + "2")
    explode(path + "3")
    explode(path + "4")
    explode(path + "5")
    explode(path + "6")
    explode(path + "7")
    explode(path + "8")
    explode(path + "9")


explode("")
after = torch.ones(2, 2)
