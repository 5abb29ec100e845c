"""Unit tests: `x.view(a, b, ...)` with two or more sizes is the sizes overload (the `view(dtype)` one takes one
argument), so an unknown int among them is a size, as for `reshape` and `torch.empty`."""

import textwrap

import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse

SRC = """
import os
import torch

if os.environ.get("WIDE"):
    width = 6272
else:
    width = 3136
x = torch.randn(2, 64, 7, 7)
flat = x.view(-1, width)
rows = x.view(width, -1)
grid = x.view(2, -1, width // 64)
made = torch.empty(width, 5)
retyped = x.view(torch.int32)
"""


def test_an_unknown_int_among_view_sizes_is_a_size(monkeypatch):
    analysis = analyse(textwrap.dedent(SRC), torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    truth = {name: list(shape) for name, shape in executed(SRC, "WIDE", "", monkeypatch).items()}
    assert found["flat"] == "[6272//width, width]" and truth["flat"] == [2, 3136]
    assert found["rows"] == "[width, 6272//width]" and truth["rows"] == [3136, 2]
    assert found["grid"] == "[2, 3136//((width//64)), width//64]" and truth["grid"] == [2, 64, 49]
    assert found["made"] == "[width, 5]" and truth["made"] == [3136, 5]
    assert found["retyped"] == "[2, 64, 7, 7]" == str(truth["retyped"])
