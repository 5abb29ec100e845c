"""Engine tests: a branch or loop in a function that changes a variable of an enclosing scope (appends to a module's
list, sets a `global` name) changes it on its own path only: where the paths meet, the variable is the join of both.
Truths come from running each program."""

from engine_support import hints_and_truth

BRANCHES = """
import random

import torch

seen = []
width = 3


def note(x, keep):
    if keep:
        seen.append(x)


def widen(wide):
    global width
    if wide:
        width = 8


def kept():
    rows = []

    def add(keep):
        if keep:
            rows.append(1)

    add(random.random() > 2.0)
    return torch.zeros(len(rows))


note(torch.zeros(2), random.random() > 2.0)
widen(random.random() > 2.0)
noted = torch.zeros(len(seen))
widened = torch.zeros(width)
added = kept()
"""


def test_enclosing_variables_changed_in_a_branch_are_joined(monkeypatch):
    found, truth = hints_and_truth(BRANCHES, monkeypatch)
    for name in ("noted", "added"):
        assert found.get(name) in ("[?]", truth[name]), name
    assert found.get("widened") in ("[?]", "[width]", truth["widened"])
