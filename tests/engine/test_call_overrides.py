"""Engine tests: calling an object runs the `__call__` Python finds first along its class's order, so a module
subclass that defines its own `__call__` runs it rather than `forward`, and `super().__call__(x)` runs the
module's `forward`. Truths come from running the snippet."""

import pytest
from engine_support import hints_and_truth

OVERRIDDEN = """
import torch
from torch import nn

class Summed(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 6)

    def forward(self, x):
        return self.lin(x)

    def __call__(self, x):
        return super().__call__(x).sum(0)

class Scorer:
    def forward(self, x):
        return x

    def __call__(self, x):
        return x.mean(-1)

summed = Summed()(torch.randn(3, 4))
scored = Scorer()(torch.randn(3, 4))
"""


def test_an_own_call_method_runs_before_forward(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(OVERRIDDEN, monkeypatch)
    assert (found["summed"], found["scored"]) == (truth["summed"], truth["scored"])
