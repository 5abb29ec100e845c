"""`super()` and `super(Class, cls)` in a classmethod look the name up in the classes after `Class` in `cls`'s
order: a classmethod found there is bound to `cls`, another `def` is the function itself. The class is no longer
handed to unknown code, so what was inferred inside its methods stands."""

from engine_support import agrees, hints_and_truth

SOLVERS = """
import torch


class Solver:
    @classmethod
    def options(cls):
        return {"tolerance"}

    @classmethod
    def width(cls):
        return 3


class Euler(Solver):
    @classmethod
    def options(cls):
        return super(Euler, cls).options() | {"step"}

    @classmethod
    def width(cls):
        return super().width() + 2

    def __init__(self, size):
        self.weight = torch.ones(size, 3)

    def advance(self, state):
        moved = state @ self.weight
        return moved


solver = Euler(4)
names = sorted(Euler.options())
state = torch.zeros(Euler.width())
out = solver.advance(torch.randn(2, 4))
"""


def test_super_in_a_classmethod_keeps_the_class_known(monkeypatch):
    hints, truth = hints_and_truth(SOLVERS, monkeypatch)
    assert hints["moved"] == truth["out"] == "[2, 3]"
    assert all(agrees(hints.get(name), shape) for name, shape in truth.items())


def test_super_in_a_classmethod_finds_the_base_classmethod(monkeypatch):
    hints, truth = hints_and_truth(SOLVERS, monkeypatch)
    assert hints["state"] == truth["state"] == "[5]"
