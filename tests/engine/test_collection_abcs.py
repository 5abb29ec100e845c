"""Engine tests: `isinstance(x, collections.abc.Iterable)` and its kin are decided on values whose Python type is
known, and `itertools.repeat(x, n)` gives x n times, so timm's `to_2tuple` (image and patch sizes given as an int or
a pair) keeps both sizes. Truths come from running the program."""

from engine_support import hints_and_truth

PATCH_EMBED = """
import collections.abc
from collections.abc import Mapping, Sequence
from itertools import repeat

import torch
import torch.nn as nn


def _ntuple(n):
    def parse(x):
        if isinstance(x, collections.abc.Iterable) and not isinstance(x, str):
            return tuple(x)
        return tuple(repeat(x, n))

    return parse


to_2tuple = _ntuple(2)


class PatchEmbed(nn.Module):
    def __init__(self, img_size=32, patch_size=8, in_chans=3, embed_dim=16):
        super().__init__()
        img_size, patch_size = to_2tuple(img_size), to_2tuple(patch_size)
        self.grid = (img_size[0] // patch_size[0], img_size[1] // patch_size[1])
        self.proj = nn.Conv2d(in_chans, embed_dim, kernel_size=patch_size, stride=patch_size)

    def forward(self, x):
        return self.proj(x).flatten(2).transpose(1, 2)


square = PatchEmbed()(torch.randn(2, 3, 32, 32))
wide = PatchEmbed(img_size=(32, 64), patch_size=[8, 16])(torch.randn(2, 3, 32, 64))
positions = torch.zeros(1, PatchEmbed(img_size=(32, 64)).grid[1], 16)
listed = torch.zeros(4 if isinstance([1, 2], Sequence) else 5)
mapped = torch.zeros(6 if isinstance({"a": 1}, Mapping) and not isinstance((1,), Mapping) else 7)
"""


def test_to_2tuple_keeps_both_sizes(monkeypatch):
    found, truth = hints_and_truth(PATCH_EMBED, monkeypatch)
    for name in ("square", "wide", "positions", "listed", "mapped"):
        assert found[name] == truth[name], name
