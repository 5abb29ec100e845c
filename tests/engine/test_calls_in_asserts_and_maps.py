"""Engine tests: an `assert` runs its test, calls included, and a user function given to `map` is called by the
engine on every item, so what is inferred inside either stands. Truths come from running the program."""

from engine_support import hints_and_truth

RUNS = """
import torch


def checked(batch):
    global in_assert
    in_assert = batch * 2
    return in_assert.sum().item()


def scaled(batch):
    global in_map
    in_map = batch.t()
    return in_map


def wrapped(batch):
    global in_lambda
    in_lambda = batch.unsqueeze(0)
    return in_lambda


x = torch.ones(4, 2)
assert checked(x) > 0
mapped = list(map(scaled, [x, x]))
through_lambda = list(map(lambda t: wrapped(t), [x]))
"""


def test_asserts_and_maps_run_their_calls(monkeypatch):
    found, truth = hints_and_truth(RUNS, monkeypatch)
    for name in ("in_assert", "in_map", "in_lambda"):
        assert found.get(name) == truth[name], name
