"""Engine tests: a class attribute made by calling `staticmethod(f)` or `classmethod(f)` in the class body is read,
through the class or an instance, as those decorators make it: `f` itself, or `f` bound to the class. Truths come
from running each program."""

from engine_support import hints_and_truth

WRAPPED = """
import torch
import torch.nn as nn
import torch.nn.functional as F


def make(n, k=2):
    return torch.zeros(n, k)


def widened(cls, n):
    return torch.zeros(n, cls.width)


class Factory:
    width = 7
    build = staticmethod(make)
    again = other = staticmethod(make)
    wide = classmethod(widened)


class Block(nn.Module):
    act = staticmethod(F.relu)

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 5)

    def forward(self, x):
        return self.act(self.fc(x))


direct = Factory.build(3)
through = Factory().build(4, k=5)
aliased = Factory.other(6)
bound = Factory.wide(2)
bound_again = Factory().wide(3)
out = Block()(torch.zeros(2, 3))
"""


def test_a_static_method_wrapper_is_its_function(monkeypatch):
    found, truth = hints_and_truth(WRAPPED, monkeypatch)
    for name in ("direct", "through", "aliased", "out"):
        assert found[name] == truth[name]


def test_a_class_method_wrapper_binds_the_class(monkeypatch):
    found, truth = hints_and_truth(WRAPPED, monkeypatch)
    assert found["bound"] == truth["bound"] == "[2, 7]"
    assert found["bound_again"] == truth["bound_again"] == "[3, 7]"
