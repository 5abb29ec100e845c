"""Unit tests: a module whose branches build `nn.Sequential`s of unlike layers and lengths (one architecture or
another, chosen by an option) holds one of them after the branch, so calling it gives the join of what each gives,
not an unknown value (the join of a list a loop grows is for one Sequential before and after an append)."""

from engine_support import hints_and_truth

ARCHITECTURES = """
import os
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, architecture):
        super().__init__()
        if architecture == "wide":
            self.body = nn.Sequential(nn.Linear(3, 8), nn.ReLU())
        elif architecture == "deep":
            self.body = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 8))
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        features = self.body(x)
        return features, self.head(features)


features, scores = Net(os.environ.get("ARCHITECTURE", "wide"))(torch.ones(5, 3))
"""


def test_sequentials_built_on_two_branches_are_one_or_the_other(monkeypatch):
    found, truth = hints_and_truth(ARCHITECTURES, monkeypatch)
    for name in ("features", "scores"):
        assert found[name] == truth[name], name


GROWN_AFTER_THE_BRANCH = """
import os
import torch
from torch import nn

if os.environ.get("ARCHITECTURE", "wide") == "wide":
    body = nn.Sequential(nn.Linear(3, 8), nn.ReLU())
else:
    body = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 8))
features = body(torch.ones(5, 3))
body.add_module("head", nn.Linear(8, 2))
body.append(nn.Softmax(dim=-1))
scores = body(torch.ones(5, 3))
"""


def test_a_layer_added_to_one_of_two_sequentials_is_added_to_whichever_it_is(monkeypatch):
    found, truth = hints_and_truth(GROWN_AFTER_THE_BRANCH, monkeypatch)
    assert (found["features"], found["scores"]) == (truth["features"], truth["scores"]) == ("[5, 8]", "[5, 2]")
