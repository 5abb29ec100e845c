"""Engine tests: `object` and `abc.ABC` as base classes add nothing an instance's methods depend on, so a subclass
inherits the methods of a class derived from them (`@abstractmethod` leaves its function as it is); `globals()` is
the module's variables when it is called. Truths come from running each program."""

from engine_support import hints_and_truth

BASES = """
from abc import ABC, abstractmethod

import numpy as np
import torch


class Sampler(ABC):
    @abstractmethod
    def weights(self):
        \"\"\"One weight per step.\"\"\"

    def sample(self, batch_size):
        w = self.weights()
        picks = np.random.choice(len(w), size=(batch_size,), p=w / np.sum(w))
        return torch.from_numpy(picks).long()


class Uniform(Sampler):
    def __init__(self, steps):
        self._weights = np.ones([steps])

    def weights(self):
        return self._weights


class Stepper(object):
    def grid(self, n):
        return torch.zeros(n, 2)


class Child(Stepper):
    pass


t = Uniform(40).sample(4)
g = Child().grid(3)
"""

GLOBALS = """
import types

import torch


def make(n):
    return torch.ones(n, 4)


class Head(torch.nn.Linear):
    pass


helpers = types.SimpleNamespace(**globals())
made = helpers.make(3)
head = globals()["Head"](4, 2)
out = head(made)
"""


def test_a_subclass_inherits_methods_through_object_and_abc_bases(monkeypatch):
    found, truth = hints_and_truth(BASES, monkeypatch)
    assert found["t"] == truth["t"] == "[4]"
    assert found["g"] == truth["g"] == "[3, 2]"


def test_globals_holds_the_module_variables(monkeypatch):
    found, truth = hints_and_truth(GLOBALS, monkeypatch)
    assert found["made"] == truth["made"] == "[3, 4]"
    assert found["out"] == truth["out"] == "[3, 2]"
