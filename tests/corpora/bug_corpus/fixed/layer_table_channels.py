import torch
import torch.nn.functional as F
from torch import nn

table = [
    ("conv2d", [8, 3, 3, 3, 1, 1]),
    ("relu", [True]),
    ("conv2d", [16, 8, 3, 3, 2, 1]),
    ("relu", [True]),
    ("flatten", []),
]


class TableNet(nn.Module):
    def __init__(self, table):
        super().__init__()
        self.table = table
        self.weights = nn.ParameterList()
        for kind, spec in table:
            if kind is not "conv2d":
                continue
            self.weights.append(nn.Parameter(torch.randn(*spec[:4]) * 0.1))
            self.weights.append(nn.Parameter(torch.zeros(spec[0])))

    def forward(self, x):
        index = 0
        for kind, spec in self.table:
            if kind is "conv2d":
                x = F.conv2d(x, self.weights[index], self.weights[index + 1], stride=spec[4], padding=spec[5])
                index += 2
            elif kind is "relu":
                x = F.relu(x)
            elif kind is "flatten":
                x = x.flatten(1)
        return x


features = TableNet(table)(torch.randn(2, 3, 16, 16))
