"""Engine tests: a Sequential runs every layer even once one of them gives a value the engine cannot compute, so
a user layer after it joins that unknown call rather than keeping only the shapes of its other call sites.
Truths come from running each program."""

from engine_support import hints_and_truth

LOST_IN_THE_MIDDLE = """
import torch
from torch import nn


class Unread(nn.Module):
    def forward(self, x):
        return eval("x.repeat(2, 1)")


class Scale(nn.Module):
    def forward(self, x):
        scaled = x * 2
        return scaled


direct = Scale()(torch.randn(3, 4))
chained = nn.Sequential(Unread(), Scale())(torch.randn(3, 4))
"""


def test_a_layer_after_an_unknown_value_in_a_sequential_keeps_no_hint_of_other_calls(monkeypatch):
    found, truth = hints_and_truth(LOST_IN_THE_MIDDLE, monkeypatch)
    assert truth["direct"] == "[3, 4]" and found["direct"] == "[3, 4]"
    assert "scaled" not in found  # run with [3, 4] and [6, 4]: no hint of one of them alone
