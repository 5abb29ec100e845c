"""Code that runs where the engine does not follow it, and all it may call: a user object given to a call the engine
cannot spell out (`super().forward(*args, **kwargs)` with unknown keywords) or absorbed into a value it does not know
(`getattr(self, name)` at an unknown name) has its methods run with values the engine never saw, and with them the
methods of the layers it holds and the functions they name. What was inferred inside any of them from the calls the
engine saw does not stand."""

from engine_support import agrees, hints_and_truth

INNER = """
import sys

import torch
from torch import nn


def widen(t):
    wide = t.unsqueeze(0)
    return wide


class Inner(nn.Module):
    def forward(self, x):
        return widen(x)
"""

FORWARDED = (
    INNER
    + """

class Base(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def forward(self, x, **options):
        return self.inner(x)


class Child(Base):
    def forward(self, *args, **kwargs):
        return super().forward(*args, **kwargs)


model = Child()
first = model.inner(torch.zeros(512, 3))
flags = {name: True for name in sys.argv[1:]}
second = model(torch.zeros(256, 3), **flags)
"""
)

LOOKED_UP = (
    INNER
    + """

class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Inner()

    def forward(self, x, part):
        return getattr(self, part)(x)


model = Outer()
first = model.encoder(torch.zeros(512, 3))
second = model(torch.zeros(256, 3), "encoder" if len(sys.argv) < 9 else sys.argv[1])
"""
)


def _escaped(program: str, monkeypatch) -> None:
    found, truth = hints_and_truth(program, monkeypatch)
    assert truth["first"] == found["first"] == "[1, 512, 3]"
    assert truth["second"] == "[1, 256, 3]" and agrees(found.get("second"), truth["second"])
    assert agrees(found.get("wide"), truth["first"]) and agrees(found.get("wide"), truth["second"])


def test_a_call_not_spelled_out_escapes_the_layers_the_object_holds_and_what_they_call(monkeypatch):
    _escaped(FORWARDED, monkeypatch)


def test_an_object_absorbed_into_an_unknown_value_escapes(monkeypatch):
    _escaped(LOOKED_UP, monkeypatch)


HANDED_IN_A_LIST = """
import heapq
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        h = self.fc(x)
        return h


blocks = [Block(), Block()]
best = heapq.nsmallest(1, blocks, key=lambda b: b(torch.zeros(7, 4)).sum().item())
first = blocks[0].fc(torch.zeros(7, 4))
y = blocks[0](torch.zeros(2, 4))
"""


def test_layers_handed_in_a_list_escape(monkeypatch):
    found, truth = hints_and_truth(HANDED_IN_A_LIST, monkeypatch)
    assert found["y"] == truth["y"] == "[2, 4]"
    assert truth["first"] == "[7, 4]"  # what `h` was while heapq ranked the blocks, a call the engine did not follow
    assert found.get("h") != truth["y"]
