"""Engine tests: a layer dropped by a join of more choices than the engine keeps may still be called by code
the engine no longer follows, so nothing inferred inside it is shown."""

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
