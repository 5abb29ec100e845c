"""Unit tests: `torch.Size(iterable)` is the tuple of the ints it is given, which torch reads as sizes (an output
size for `F.interpolate`, the shape of a new tensor)."""

import textwrap

import torch
from engine_support import executed, hints_and_truth
from torch_lsp.analysis.engine import analyse

DOUBLED = """
import torch
import torch.nn.functional as F

x = torch.randn(2, 3, 8, 6)
doubled_size = torch.Size([s * 2 for s in x.shape[-2:]])
upsampled = F.interpolate(x, size=doubled_size, mode="nearest")
grid = torch.zeros(torch.Size((4, True)))
empty_size = torch.Size()
scalar = torch.ones(empty_size)
"""

SYMBOLIC = """
import os
import torch

rows = int(os.environ["ROWS"])
x = torch.randn(rows, 4)
widened = torch.zeros(torch.Size([x.shape[0], x.shape[1] * 3]))
"""


def test_a_size_built_from_ints_is_a_shape(monkeypatch):
    found, truth = hints_and_truth(DOUBLED, monkeypatch)
    for name in ("upsampled", "grid", "scalar"):
        assert found[name] == truth[name], name


def test_a_size_built_from_sizes_keeps_its_symbols(monkeypatch):
    analysis = analyse(textwrap.dedent(SYMBOLIC), torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    truth = executed(SYMBOLIC, "ROWS", "5", monkeypatch)
    assert found["widened"] == "[rows, 12]" and list(truth["widened"]) == [5, 12]
