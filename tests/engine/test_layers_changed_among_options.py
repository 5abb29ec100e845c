"""Engine tests: a layer changed in place where other values may be that very layer among their options (a name
bound to one of two layers on an undecided condition, a list whose items are the layers a loop of unknown count
built) leaves those values one of the layer as it was and as it is. Truths come from running the snippet with each
value of the setting that decides it."""

import textwrap

import pytest
import torch
from engine_support import agrees, executed

CHANGED = """
import os
import torch
from torch import nn

flag = os.environ.get("SETTING", "1") == "2"
depth = int(os.environ.get("SETTING", "1"))
rows = torch.randn(5, 6)

first = nn.Linear(6, 6)
second = nn.Linear(6, 6)
chosen = first if flag else second
first.weight = nn.Parameter(torch.randn(3, 6))
first.bias = nn.Parameter(torch.randn(3))
picked = chosen(rows)

layers = []
for _ in range(depth):
    last = nn.Linear(6, 6)
    layers.append(last)
last.weight = nn.Parameter(torch.randn(3, 6))
last.bias = nn.Parameter(torch.randn(3))
ending = layers[-1](rows)

blocks = []
for _ in range(depth):
    block = nn.Sequential(nn.Linear(6, 6), nn.ReLU())
    blocks.append(block)
block[0] = nn.Linear(6, 2)
narrowed = blocks[-1](rows)
"""


@pytest.mark.parametrize("name", ["picked", "ending", "narrowed"])
def test_a_layer_changed_reaches_the_values_that_may_be_it(name, monkeypatch):
    from torch_lsp.analysis.engine import analyse

    analysis = analyse(textwrap.dedent(CHANGED), torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    runs = [str(list(executed(CHANGED, "SETTING", setting, monkeypatch)[name])) for setting in ("1", "2")]
    assert name in found and all(agrees(found[name], run) for run in runs)
