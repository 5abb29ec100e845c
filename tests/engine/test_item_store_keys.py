"""Engine tests: `owner[key] = value` evaluates `key` whatever `owner` holds, so a call in the key runs (its
effects happen, and the function counts as called with those arguments) even when the owner is a tensor.
Truths come from running each program."""

from engine_support import hints_and_truth

CALL_IN_KEY = """
import torch

made = []


def positions(n):
    picked = torch.arange(n)
    made.append(picked)
    return picked


marks = torch.zeros(6)
marks[positions(3)] = 1.0
first = made[0]
grid = torch.zeros(4, 5)
grid[(rows := torch.arange(2)), 1] = 2.0
"""


def test_a_call_in_the_key_of_a_tensor_store_runs(monkeypatch):
    found, truth = hints_and_truth(CALL_IN_KEY, monkeypatch)
    assert found["first"] == truth["first"] == "[3]"
    assert found["rows"] == truth["rows"] == "[2]"
