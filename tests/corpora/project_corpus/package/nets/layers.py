import torch.nn as nn


def conv3x3(c_in, c_out):
    return nn.Conv2d(c_in, c_out, kernel_size=3, padding=1)


def pool():
    return nn.MaxPool2d(2)
