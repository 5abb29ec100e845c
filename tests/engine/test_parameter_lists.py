"""Engine tests: a module's parameters include those of its `nn.ParameterList`s (`next(self.parameters())` gives
the first one, whose dtype sizes a buffer), and an item read from one of several lists where some are too short
for it comes from the others (reading past the end raises: a run that goes on read a list that holds the item).
Truths come from running the program."""

from engine_support import hints_and_truth

PROJECTIONS = """
import os

import torch
import torch.nn.functional as F
from torch import nn

width = len(sorted(set(os.environ.get("TEXT", "projections"))))


class Embedding(nn.Module):
    def __init__(self, tokens, dim, projected):
        super().__init__()
        self.dim, self.projected = dim, projected
        self.table = nn.Embedding(tokens, dim)
        self.projections = nn.ParameterList()
        if projected != dim:
            self.projections.append(nn.Parameter(torch.randn(projected, dim)))

    def forward(self, tokens):
        global first, looked_up, projected
        first = next(self.parameters())
        looked_up = self.table(tokens)
        if self.projected != self.dim:
            projected = F.linear(looked_up, self.projections[0])
            return projected
        return looked_up


embedding = Embedding(20, 6, width)
out = embedding(torch.randint(0, 20, (3, 5)))


class Mixer(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(6))
        self.weights = nn.ParameterList([nn.Parameter(torch.randn(4, 6))])
        self.weights.append(nn.Parameter(torch.randn(2, 4)))


last = list(Mixer().parameters())[-1]
"""


def test_parameter_lists_are_parameters_and_short_lists_raise(monkeypatch):
    found, truth = hints_and_truth(PROJECTIONS, monkeypatch)
    for name in ("first", "looked_up", "last"):
        assert found[name] == truth[name], name
    width = len(set("projections"))  # the size the engine names after `width`
    assert truth["projected"] == f"[3, 5, {width}]" and found["projected"] == "[3, 5, width]"
