"""Unit tests: a recursion whose every level wraps what it was given in a new object (a solver rebound under a
flag to a variant that calls the solver's name again on a wrapped step function) is not followed level by level:
the branching levels would run past the analysis's budget, and the statements after the call would get no hint."""

from engine_support import agrees, hints_and_truth

WRAPPED_SOLVER = """
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--scaled", action="store_true")
args = parser.parse_args()


class Scaled:
    def __init__(self, step):
        self.step = step

    def __call__(self, x):
        return 2 * self.step(x)


def integrate(step, x):
    return torch.stack([step(x), step(x + 1)])


def integrate_scaled(step, x):
    return integrate(Scaled(step), x) + integrate(Scaled(step), x) + integrate(Scaled(step), x)


if args.scaled:
    integrate = integrate_scaled

x = torch.randn(4, 3)
path = integrate(torch.tanh, x)
total = x.sum(0)
"""


def test_a_recursion_on_new_wrappers_is_not_followed(monkeypatch):
    found, truth = hints_and_truth(WRAPPED_SOLVER, monkeypatch)
    assert found["total"] == "[3]" and truth["total"] == "[3]"
    assert agrees(found.get("path"), truth["path"]) and truth["path"] == "[2, 4, 3]"
