"""Unit tests: `==` and `!=` of two lists or tuples whose items are known one by one are decided as Python decides
them (types, lengths, then items), so a branch on `dims == []` runs only where it holds, and one on a layer's
`stride == [2, 2]` (a tuple) never."""

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


STRIDES = """
import torch
import torch.nn as nn

convs = nn.ModuleList([nn.Conv2d(4, 4, 3, stride=s, padding=1) for s in (1, 2, 1, 2)])
x = torch.randn(1, 4, 16, 16)
maps = []
for conv in convs:
    x = conv(x)
    if conv.stride == [2, 2]:
        maps.append(torch.zeros(3))
    elif conv.stride == (2, 2):
        maps.append(x)
first, second = maps
"""


def test_a_tuple_is_never_equal_to_a_list(monkeypatch):
    found, truth = hints_and_truth(STRIDES, monkeypatch)
    assert found.get("first") == truth["first"] == "[1, 4, 8, 8]"
    assert found.get("second") == truth["second"] == "[1, 4, 4, 4]"
