"""Unit tests: an int of unknown value (an item of a list of ints parsed from a setting) given to a layer's
parameter declared an int or a tuple of ints (`kernel_size`) is a size, as for a parameter declared an int."""

from engine_support import agrees, hints_and_truth

SETTINGS = """
import os

import torch
import torch.nn as nn

sizes = list(map(int, (os.environ.get("UNUSED") or "8,16,5").split(",")))
conv = nn.Conv1d(8, 16, sizes[2])
out = conv(torch.randn(4, 8, 300))
pooled = nn.MaxPool1d(sizes[2])(torch.randn(4, 8, 300))
image = nn.Conv2d(3, 4, kernel_size=sizes[2], stride=sizes[2])(torch.randn(2, 3, 40, 40))
"""


def test_an_unknown_int_item_sizes_a_kernel(monkeypatch):
    found, truth = hints_and_truth(SETTINGS, monkeypatch)
    for name in ("out", "image"):
        assert found.get(name) is not None and agrees(found[name], truth[name]), name
    assert agrees(found.get("pooled"), truth["pooled"])
