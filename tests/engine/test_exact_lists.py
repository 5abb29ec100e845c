"""Engine tests: a list display, a list comprehension and a slice of a list are lists, so `isinstance(x, list)`
is decided on them (timm-style stochastic-depth rates: `dpr[a:b]` handed on, `rates[i] if isinstance(rates,
list) else rates`). Truths come from running each program."""

from engine_support import hints_and_truth

DEPTH_RATES = """
import torch
import torch.nn as nn


class Residual(nn.Module):
    def __init__(self, width, drop):
        super().__init__()
        self.drop = drop
        self.fc = nn.Linear(width, width)

    def forward(self, x):
        keep = 1 - self.drop
        mask = x.new_empty((x.shape[0],) + (1,) * (x.ndim - 1)).bernoulli_(keep)
        return x + self.fc(x) * mask / keep


def stage(width, rates):
    return nn.Sequential(*[Residual(width, rates[i] if isinstance(rates, list) else rates) for i in range(2)])


depths = [2, 2]
rates = [r.item() for r in torch.linspace(0, 0.2, sum(depths))]
first = stage(6, rates[: depths[0]])(torch.rand(3, 6))
shared = stage(6, 0.1)(torch.rand(4, 6))
flags = [isinstance(v, list) for v in ([1, 2], [x for x in "ab"], [1, 2, 3][1:])]
kinds = torch.zeros(sum(flags))
"""


def test_lists_made_by_displays_comprehensions_and_slices_are_lists(monkeypatch):
    found, truth = hints_and_truth(DEPTH_RATES, monkeypatch)
    assert found.get("first") == truth["first"] == "[3, 6]"
    assert found.get("shared") == truth["shared"] == "[4, 6]"
    assert found.get("kinds") == truth["kinds"] == "[3]"
