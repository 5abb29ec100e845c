"""`model.double()` converts the buffers of its layers and leaves their plain tensor attributes: a tensor attribute
named like a buffer the program registers may be either, so it keeps its shape with one of the two dtypes."""

from engine_support import hints_and_truth, reported_and_raising

POSITIONS = """
import torch
import torch.nn.functional as F
from torch import nn


class Positions(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("pe", torch.zeros(1, 50, 16))

    def forward(self, x):
        return self.pe[:, : x.size(1)]


class Table(nn.Module):
    def __init__(self):
        super().__init__()
        self.pe = torch.ones(3, 16)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.positions = Positions()
        self.table = Table()


net = Net().double()
x = torch.randn(2, 10, 16, dtype=torch.float64)
added = x + net.positions(x)
rows = net.table.pe * 2
projected = F.linear(net.table.pe, torch.randn(4, 16))
"""


def test_a_converted_buffer_keeps_its_shape(monkeypatch):
    found, truth = hints_and_truth(POSITIONS, monkeypatch)
    for name in ("added", "rows", "projected"):
        assert found[name] == truth[name]


def test_a_plain_attribute_named_like_a_buffer_is_no_dtype_error(monkeypatch):
    reported, raising = reported_and_raising(POSITIONS, monkeypatch)
    assert raising == 0
    assert reported == []
