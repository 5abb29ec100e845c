"""Unit tests: `==` and `!=` of two lists or tuples whose items are known one by one are decided as Python decides
them (types, lengths, then items), so a branch on `dims == []` runs only where it holds."""

from engine_support import hints_and_truth

EQUALITY = """
import torch


def build(dims, width):
    if dims == []:
        return torch.zeros(width)
    if dims != [1, 2]:
        return torch.zeros(7)
    return torch.zeros(width, len(dims))


none_given = build([], 3)
one_given = build([4], 3)
pair_given = build([1, 2], 3)
other_pair = build([1, 5], 3)
empty_tuple = build((), 3)
"""


def test_lists_of_known_items_compare_as_python_compares_them(monkeypatch):
    found, truth = hints_and_truth(EQUALITY, monkeypatch)
    for name in ("none_given", "one_given", "pair_given", "other_pair", "empty_tuple"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
