"""Engine tests: an `assert` runs its test, calls included. Truths come from running the program."""

from engine_support import hints_and_truth

RUNS = """
import torch


def checked(batch):
    global in_assert
    in_assert = batch * 2
    return in_assert.sum().item()


x = torch.ones(4, 2)
assert checked(x) > 0
"""


def test_asserts_and_maps_run_their_calls(monkeypatch):
    found, truth = hints_and_truth(RUNS, monkeypatch)
    for name in ("in_assert",):
        assert found.get(name) == truth[name], name
