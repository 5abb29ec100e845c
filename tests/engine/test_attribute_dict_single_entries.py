"""Unit tests: `setdefault(name, ...)` and `pop(name, ...)` on an object's attribute dictionary change at most the
attribute they name, so a layer that keeps a list of hook handles in its `__dict__` keeps its sublayers; an entry
that shadows a sublayer's name is forgotten."""

from engine_support import hints_and_truth

ENTRIES = """
import torch
from torch import nn


class Tower(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(6, 5)
        self.out = nn.Linear(5, 2)

    def forward(self, x):
        hidden = self.proj(x)
        return self.out(hidden)


def track(layer):
    handles = []
    for sub in layer.modules():
        handles.append(sub.register_forward_hook(lambda m, i, o: None))
    layer.__dict__.setdefault("tracked", []).extend(handles)


tower = Tower()
track(tower)
batch = torch.randn(3, 6)
tracked = tower(batch)
tower.__dict__.pop("tracked", None)
popped = tower(batch)
tower.__dict__.setdefault("out", nn.Linear(5, 7))
shadowed = tower(batch)
"""


def test_one_entry_changes_keep_the_other_attributes(monkeypatch):
    found, truth = hints_and_truth(ENTRIES, monkeypatch)
    assert found["tracked"] == truth["tracked"] == "[3, 2]"
    assert found["popped"] == truth["popped"] == "[3, 2]"
    assert found.get("shadowed") in (None, truth["shadowed"])
