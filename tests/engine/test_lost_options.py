"""Engine tests: a layer dropped by a join (of more choices than the engine keeps, or with a value it does not
know) may still be called by code the engine no longer follows, so nothing inferred inside it is shown."""

import pytest
from engine_support import hints_and_truth

FIVE_WAY_CHOICE = """
    import os

    import torch
    import torch.nn as nn

    class Scaled(nn.Module):
        def forward(self, x):
            scaled = x * 2
            return scaled

    class Shifted(nn.Module):
        def forward(self, x):
            return x + 1

    class Negated(nn.Module):
        def forward(self, x):
            return -x

    class Squared(nn.Module):
        def forward(self, x):
            return x * x

    class Kept(nn.Module):
        def forward(self, x):
            return x

    class Embedding(nn.Module):
        def __init__(self, kind):
            super().__init__()
            if kind == "scaled":
                self.layer = Scaled()
            elif kind == "shifted":
                self.layer = Shifted()
            elif kind == "negated":
                self.layer = Negated()
            elif kind == "squared":
                self.layer = Squared()
            else:
                self.layer = Kept()

        def forward(self, x):
            return self.layer(x)

    direct = Scaled()(torch.rand(3))
    chosen = Embedding(os.environ.get("KIND", "scaled"))(torch.rand(5))
"""


def test_a_layer_lost_among_too_many_choices_shows_nothing_inside(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(FIVE_WAY_CHOICE, monkeypatch)
    assert found.get("direct") == truth["direct"]
    assert "scaled" not in found  # also computed at run time from the chosen layer's input, which the engine lost


JOINED_WITH_UNKNOWN = """
    import os

    import torch
    import torch.nn as nn

    class Noisy(nn.Module):
        def __init__(self, out_features):
            super().__init__()
            self.weight = nn.Parameter(torch.ones(out_features, 3))

        def forward(self, x):
            weight = self.weight * 2
            return x @ weight.t()

    def restored():
        return torch.load(os.environ.get("CHECKPOINT", "head.pt"))

    value_head = Noisy(1)
    advantage_head = Noisy(4) if os.environ.get("CHECKPOINT") is None else restored()
    value = value_head(torch.rand(2, 3))
    advantage = advantage_head(torch.rand(2, 3))
"""


def test_a_layer_joined_with_an_unknown_value_shows_nothing_inside(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("CHECKPOINT", raising=False)
    found, truth = hints_and_truth(JOINED_WITH_UNKNOWN, monkeypatch)
    assert found.get("value") == truth["value"] == "[2, 1]"
    assert "weight" not in found  # the engine lost the second head, whose forward gives weight [4, 3] at run time
