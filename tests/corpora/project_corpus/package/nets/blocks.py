import torch.nn as nn

from .layers import conv3x3, pool


class ConvBlock(nn.Module):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.conv = conv3x3(c_in, c_out)
        self.pool = pool()

    def forward(self, x):
        y = self.conv(x)
        y = self.pool(y)
        return y
