"""Engine tests: a branch that changes a class attribute (sets it, or appends to the list it holds) changes it on its
own path only: where the paths meet, the attribute is the join of both. Truths come from running each program."""

from engine_support import hints_and_truth

BRANCHED = """
import random

import torch


class Config:
    width = 1
    rows = []


if random.random() > 2.0:
    Config.width = 5
if random.random() > 2.0:
    Config().rows.append(1)
width = torch.zeros(Config.width)
rows = torch.zeros(len(Config.rows))
"""


def test_class_attributes_changed_in_a_branch_are_joined(monkeypatch):
    found, truth = hints_and_truth(BRANCHED, monkeypatch)
    assert found.get("width") in ("[?]", "[width]", truth["width"])
    assert found.get("rows") in ("[?]", truth["rows"])
