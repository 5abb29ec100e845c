"""Engine tests: a call whose last positional argument is `*rows` of unknown length, made once every positional
parameter of the callee is filled (`net(x, *states)` with `def forward(self, x, *states)`), hands all the rows to the
callee's `*args`: a tuple of their items, as many as they are. Rows that may fill a positional parameter leave it
unknown. Truths come from running the snippet."""

from engine_support import agrees, hints_and_truth

ROWS = """
import random
import torch
import torch.nn as nn


class Cell(nn.Module):
    def __init__(self):
        super().__init__()
        self.mix = nn.Linear(6, 6)

    def forward(self, inputs, *memories):
        oldest = memories[0]
        return self.mix(inputs) + oldest


def blend(scale, *parts):
    return parts[-1] * scale


def pick(first, second=None, *others):
    return first


cell = Cell()
count = random.randint(1, 4)
memories = [torch.ones(2, 6) for _ in range(count)]
mixed = cell(torch.randn(2, 6), *memories)
blended = blend(0.5, *[torch.zeros(3, 5) for _ in range(count)])
picked = pick(*memories)
"""


def test_rows_after_every_positional_parameter_fill_the_varargs(monkeypatch):
    found, truth = hints_and_truth(ROWS, monkeypatch)
    assert found["mixed"] == truth["mixed"] == "[2, 6]"
    assert found["blended"] == truth["blended"] == "[3, 5]"
    assert agrees(found.get("picked"), truth["picked"])
