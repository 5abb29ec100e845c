"""Engine tests: a variable or attribute of unknown value passed where only an int is accepted (a layer's size, a
size given one by one) holds an int from then on, the size named after it, so a later call that also accepts a
list there (`torch.randn(dim)`) keeps the shape. Truths come from running the program."""

from engine_support import hints_and_truth

CONFIGURED = """
import json
import os

import torch
from torch import nn

config = json.loads(os.environ.get("CONFIG", '{"dim": 6, "heads": 2}'))
dim = config["dim"]
project = nn.Linear(12, dim)
token = torch.randn(dim)
projected = project(torch.randn(3, 12)) + token


class Head(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.heads = config["heads"]
        self.scale = nn.Parameter(torch.ones(4, self.heads))
        self.bias = nn.Parameter(torch.zeros(self.heads))

    def forward(self, x):
        return x @ self.scale + self.bias


scaled = Head(config)(torch.randn(5, 4))
"""


def test_a_value_passed_as_a_size_is_that_size_afterwards(monkeypatch):
    found, truth = hints_and_truth(CONFIGURED, monkeypatch)
    assert truth["token"] == "[6]" and found["token"] == "[dim]"
    assert truth["projected"] == "[3, 6]" and found["projected"] == "[3, dim]"
    assert truth["scaled"] == "[5, 2]" and found["scaled"] == "[5, heads]"
