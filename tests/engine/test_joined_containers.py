"""Unit tests: a name that holds one of two lists or dicts (joined where paths meet, or returned by a function that
picks one) may hold either object, so a change made through it reaches both, and a change made through either
reaches it."""

from engine_support import agrees, hints_and_truth

JOINED = """
import os
import torch

first = [torch.zeros(1)]
second = [torch.zeros(1)]
chosen = first if not os.environ.get("UNUSED") else second
chosen[0] = torch.zeros(5)
first_item = first[0]
second_item = second[0]

left = {"x": torch.zeros(1)}
right = {"x": torch.zeros(1)}
if not os.environ.get("UNUSED"):
    either = left
else:
    either = right
left["x"] = torch.zeros(6)
either_item = either["x"]


def pick(a, b):
    return a if not os.environ.get("UNUSED") else b


kept = [torch.zeros(1)]
other = [torch.zeros(1)]
picked = pick(kept, other)
kept.append(torch.zeros(3))
picked_last = picked[-1]
"""


def test_a_change_reaches_every_object_a_joined_name_may_hold(monkeypatch):
    found, truth = hints_and_truth(JOINED, monkeypatch)
    for name in ("first_item", "second_item", "either_item", "picked_last"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
