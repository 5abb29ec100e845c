"""Unit tests: an op that pins a size without a value to a number (`conv2d` of 8 channels with a weight of
[c, c, 1, 1] needs c == 8) keeps the pinned result when the op raises with that size at 1, the one value the
pinning assumed away; broadcasting, where 1 gives the same result, keeps it as before."""

from engine_support import hints_and_truth

PINNED = """
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

text = os.environ.get("TEXT", "hello world")
c = len(sorted(set(text)))
weight = torch.randn(c, c, 1, 1)
scale = torch.ones(1, c, 1, 1)
x = torch.randn(2, 8, 5, 5)
mixed = F.conv2d(x, weight)
scaled = scale * x
square = torch.randn(c, c)
projected = F.linear(torch.randn(3, 8), square)
"""


def test_a_size_pinned_by_an_op_that_raises_at_one_keeps_the_result(monkeypatch):
    found, truth = hints_and_truth(PINNED, monkeypatch)
    for name in ("mixed", "scaled", "projected"):
        assert found[name] == truth[name], name
