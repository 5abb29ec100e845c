"""Engine tests: `xs.index(v)` and `xs.count(v)` of a list or tuple of known plain values and a known key are
folded as Python computes them, so a size written at the position `index` finds stays known; a list holding an
unknown value leaves them unknown ints. Truths come from running each program."""

from engine_support import hints_and_truth

SPLIT_HEADS = """
import numpy as np
import torch


def split_last(x, shape):
    shape = list(shape)
    assert shape.count(-1) <= 1
    if -1 in shape:
        shape[shape.index(-1)] = int(x.size(-1) / -np.prod(shape))
    return x.view(*x.size()[:-1], *shape)


x = torch.randn(4, 6, 24)
heads = split_last(x, (3, -1))
widths = torch.zeros([2, 3, 2, 5].count(2), [2, 3, 2, 5].index(5) + 1)
"""

UNKNOWN_ITEM = """
import os
import torch

n = int(os.environ.get("N", "7"))
dims = [n, 5]
picked = torch.zeros(dims.index(5) + 1)
"""


def test_a_size_written_where_index_finds_it_stays_known(monkeypatch):
    found, truth = hints_and_truth(SPLIT_HEADS, monkeypatch)
    assert found.get("heads") == truth["heads"] == "[4, 6, 3, 8]"
    assert found.get("widths") == truth["widths"] == "[2, 4]"


def test_a_list_holding_an_unknown_value_is_not_searched(monkeypatch):
    found, truth = hints_and_truth(UNKNOWN_ITEM, monkeypatch)
    assert truth["picked"] == "[2]"
    assert found.get("picked") in (None, "[?]")
