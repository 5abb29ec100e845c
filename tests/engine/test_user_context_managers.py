"""Engine tests: `with manager as name` binds what the manager's `__enter__` returns and runs its `__exit__` after
the body, for a manager of a user class that defines them. Truths come from running the snippet."""

import pytest
from engine_support import hints_and_truth

MANAGED = """
import torch

class Batch:
    def __init__(self):
        self.data = torch.zeros(4, 2)

    def __enter__(self):
        return self.data

    def __exit__(self, *exc):
        return False

class Scratch:
    def __enter__(self):
        self.buffer = torch.zeros(3)
        return self

    def __exit__(self, *exc):
        self.buffer = torch.zeros(1)

with Batch() as entered:
    pass
scratch = Scratch()
with scratch as held:
    inside = held.buffer
outside = scratch.buffer
"""


def test_enter_gives_the_bound_value_and_exit_runs_after_the_body(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(MANAGED, monkeypatch)
    names = ("entered", "inside", "outside")
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
