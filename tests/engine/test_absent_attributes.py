"""Engine tests: `hasattr(obj, name)` is False for a user object its construction did not give the attribute, when
the program sets that name only as `self.name = ...` in `__init__` bodies; a name set anywhere else may come
later, and stays undecided. Truths come from running each program."""

from engine_support import hints_and_truth

EMBEDDINGS = """
import os
import torch
from torch import nn


class Stamps(nn.Module):
    def __init__(self, fine="h"):
        super().__init__()
        if fine == "t":
            self.minute = nn.Linear(4, 8)
        self.hour = nn.Linear(4, 8)

    def forward(self, x):
        minute = self.minute(x) if hasattr(self, "minute") else 0.0
        return self.hour(x) + minute


class Late(nn.Module):
    def __init__(self):
        super().__init__()
        self.hour = nn.Linear(4, 8)

    def enable(self):
        self.extra = nn.Linear(4, 2)

    def forward(self, x):
        return self.extra(x) if hasattr(self, "extra") else torch.zeros(1)


stamps = Stamps()(torch.rand(3, 4))
late = Late()
getattr(late, os.environ.get("UNUSED") or "enable")()
later = late(torch.rand(3, 4))
"""


def test_an_attribute_only_construction_sets_is_absent_when_it_did_not(monkeypatch):
    found, truth = hints_and_truth(EMBEDDINGS, monkeypatch)
    assert found.get("stamps") == truth["stamps"] == "[3, 8]"


def test_an_attribute_set_after_construction_stays_undecided(monkeypatch):
    found, truth = hints_and_truth(EMBEDDINGS, monkeypatch)
    assert truth["later"] == "[3, 2]"
    assert found.get("later") in (None, "[3, 2]")
