"""A call of one of several layers (a layer list built by a loop of unknown count holds one kind of layer or the
other) is no error where one of them raises, and is one where each raises at the same place. Truths come from
running the program."""

import textwrap

import torch
from engine_support import reported_and_raising
from torch_lsp.analysis.engine import analyse

SOURCE = """
import os
import torch
from torch import nn


class Scored(nn.Module):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.w = nn.Parameter(torch.randn(d_in, d_out))
        self.a = nn.Parameter(torch.randn(2 * d_out, 1))
        self.d_out = d_out

    def forward(self, x):
        h = x @ self.w
        score = h @ self.a[: self.d_out]
        return h * score.sigmoid()


blocks = nn.ModuleList()
width = 8
for _ in range(int(os.environ.get("LAYERS", "3")) - 1):
    blocks.append(Scored(width, 4))
    width = 4
blocks.append(Scored(width, 3))
x = torch.randn(5, 8)
for block in blocks:
    x = block(x)
"""


def test_an_error_each_option_meets_is_reported(monkeypatch):
    assert analyse(textwrap.dedent(SOURCE), torch, "cpu", 4096, 30.0).issues == []
    source = SOURCE.replace("h @ self.a[: self.d_out]", "h @ self.a")
    reported, line = reported_and_raising(source, monkeypatch)
    assert line > 0 and reported == [(line, "operator.matmul")]


ONE_OF_TWO = """
import os
import torch
from torch import nn

wide = os.environ.get("KIND", "wide") == "wide"
layer = nn.Linear(8, 4) if wide else nn.Linear(6, 4)
out = layer(torch.randn(5, 8))
"""


def test_an_error_one_option_meets_is_not(monkeypatch):
    reported, line = reported_and_raising(ONE_OF_TWO, monkeypatch)
    assert line == 0 and reported == []
