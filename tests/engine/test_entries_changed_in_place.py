"""Unit tests: a list or set held in a dict and changed in place through a key the engine does not know
(`groups[k].append(x)`) changes the dict's entries: any of them may be the one changed."""

from engine_support import hints_and_truth

GROUPS = """
import sys

import torch

keys = sys.argv[1:] or ["a", "b"]
groups = {}
for k in keys:
    groups[k] = []
for k in keys:
    groups[k].append(torch.zeros(3))
    groups[k].append(torch.zeros(3))
first = keys[0]
counted = torch.zeros(len(groups[first]))

single = {}
single[first] = []
single[first].append(1)
single_counted = torch.zeros(len(single[first]))

known = {"a": [], "b": []}
known[first].append(1)
known_counted = torch.zeros(len(known["a"]))
"""


def test_a_list_changed_under_an_unknown_key_is_no_longer_empty(monkeypatch):
    found, truth = hints_and_truth(GROUPS, monkeypatch)
    assert truth["counted"] == "[2]" and found.get("counted") != "[0]"
    assert truth["single_counted"] == "[1]" and found.get("single_counted") != "[0]"
    assert truth["known_counted"] == "[1]" and found.get("known_counted") != "[0]"
