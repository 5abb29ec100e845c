import torch


def normalise(x):
    mean = x.mean(dim=0, keepdim=True)
    std = x.std(dim=0, keepdim=True)
    z = (x - mean) / std
    return z


def pairwise(a, b):
    dots = a @ b.T
    return dots
