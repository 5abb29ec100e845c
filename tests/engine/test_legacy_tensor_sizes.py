"""Unit tests: a legacy tensor class or `x.new` given a torch.Size (`torch.Tensor(w.size())`, `x.new(x.size())`)
makes a tensor of those sizes, while a tuple or list of ints is data (a 1-d tensor of its items)."""

import textwrap

import torch
from engine_support import executed, hints_and_truth
from torch_lsp.analysis.engine import analyse

SIZES = """
import torch
import torch.nn as nn


def fanin_init(size, fanin=None):
    fanin = fanin or size[0]
    return torch.Tensor(size).uniform_(-1.0 / fanin, 1.0 / fanin)


layer = nn.Linear(7, 5)
layer.weight.data = fanin_init(layer.weight.data.size())
weight = layer.weight.data
grid = torch.randn(3, 4, 2)
same = torch.FloatTensor(grid.size())
tail = torch.LongTensor(grid.shape[1:])
data = torch.Tensor(tuple(grid.shape))
listed = torch.Tensor([3, 4])
noise = grid.new(grid.size()).normal_()
noise_rows = grid.data.new(grid.shape[1:])
noise_data = grid.new(tuple(grid.shape))
"""

SYMBOLIC = """
import os
import torch

rows = int(os.environ["ROWS"])
x = torch.randn(rows, 4)
sized = torch.Tensor(x.size())
counted = torch.Tensor((rows, 4))
drawn = x.new(x.size()).normal_()
"""


def test_a_torch_size_is_the_sizes_and_a_tuple_is_data(monkeypatch):
    found, truth = hints_and_truth(SIZES, monkeypatch)
    for name in ("weight", "same", "tail", "data", "listed", "noise", "noise_rows", "noise_data"):
        assert found[name] == truth[name], name


def test_a_symbolic_size_keeps_its_symbol(monkeypatch):
    analysis = analyse(textwrap.dedent(SYMBOLIC), torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    truth = executed(SYMBOLIC, "ROWS", "6", monkeypatch)
    assert found["sized"] == "[rows, 4]" and list(truth["sized"]) == [6, 4]
    assert found["counted"] == "[2]" == str(list(truth["counted"]))
    assert found["drawn"] == "[rows, 4]" and list(truth["drawn"]) == [6, 4]
