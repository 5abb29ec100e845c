"""Engine tests: the layer of a stack of unknown count (`nn.Sequential(*[Up() for _ in range(n)])`) is given, by
each later layer, what the layers before it made, and a stack called on an unknown input gives its layer an
unknown input: the hints inside the layer's `forward` hold for every application. Truths come from running the
snippet and recording each application."""

import pytest
import torch
from engine_support import agrees
from torch_lsp.analysis.engine import analyse

STACKED = """
import os
import torch
from torch import nn

seen = []

class Up(nn.Module):
    def forward(self, x):
        doubled = torch.cat([x, x], 1)
        seen.append(doubled)
        return doubled

class Keep(nn.Module):
    def forward(self, x):
        twice = x * 2
        seen.append(twice)
        return twice

n = int(os.environ.get("DEPTH", "2"))
grown = nn.Sequential(*[Up() for _ in range(n)])(torch.randn(2, 3))
unknown = torch.load(os.environ["WEIGHTS"]) if os.environ.get("WEIGHTS") else torch.randn(5, 7)
kept = nn.Sequential(*[Keep() for _ in range(n)])(torch.randn(2, 3))
again = nn.Sequential(*[Keep() for _ in range(n)])(unknown)
"""


def test_hints_inside_a_stacked_layer_hold_for_every_application(monkeypatch: pytest.MonkeyPatch):
    analysis = analyse(STACKED, torch, "cpu", 4096, 30.0)
    hints = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    names: dict[str, object] = {}
    monkeypatch.setenv("DEPTH", "2")
    exec(STACKED, names)
    applied = names["seen"]
    assert isinstance(applied, list)
    doubled = [str(list(t.shape)) for t in applied[:2]]
    assert doubled == ["[2, 6]", "[2, 12]"]
    assert all(agrees(hints.get("doubled"), shape) for shape in doubled)
    assert hints.get("twice") is None  # [2, 3] for one stack, [5, 7] (unknown to the engine) for the other
    assert hints["grown"] == "[2, ?]"
