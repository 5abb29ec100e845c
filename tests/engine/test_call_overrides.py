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


REPLACED = """
import torch
from torch import nn

class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 4)

    def forward(self, x):
        return self.lin(x)

patched = Block()
patched.forward = lambda x: x.sum()
on_instance = patched(torch.randn(2, 4))
Block.forward = lambda self, x: x[0]
on_class = Block()(torch.randn(2, 4))
"""


def test_a_forward_replaced_on_the_instance_or_the_class_is_the_one_called(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(REPLACED, monkeypatch)
    assert (found["on_instance"], found["on_class"]) == (truth["on_instance"], truth["on_class"])
