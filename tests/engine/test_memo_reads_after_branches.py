"""Engine tests: a call answered from the memo must find every variable it read as it was; a branch or loop of the
module gives the module's variables a new table, and a variable changed after it is still a change (the check read
the table the call had read from, which the module no longer used). Truths come from running each program."""

from engine_support import hints_and_truth

AFTER_BRANCH = """
import random

import torch

size = 1


def zeros():
    return torch.zeros(size)


before = zeros()
if random.random() > 0.5:
    chosen = 1
else:
    chosen = 2
size = 5
after = zeros()
"""


def test_a_variable_changed_after_a_branch_is_read_again(monkeypatch):
    found, truth = hints_and_truth(AFTER_BRANCH, monkeypatch)
    for name in ("before", "after"):
        assert found.get(name) == truth[name], name
