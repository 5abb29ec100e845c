"""Engine tests: a user function's result is reused only for arguments that are the same value: two dicts with
equal values under different keys are different arguments. Truths come from running the program."""

from engine_support import hints_and_truth

KEYED = """
import torch


def make(options):
    return torch.zeros(options.get("rows", 1), 2)


given = make({"rows": 3})
defaulted = make({"cols": 3})
"""


def test_dicts_with_the_same_values_under_other_keys_are_other_arguments(monkeypatch):
    found, truth = hints_and_truth(KEYED, monkeypatch)
    assert found["given"] == truth["given"]
    assert found["defaulted"] == truth["defaulted"]
