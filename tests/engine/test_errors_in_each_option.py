"""A call of one of several layers (a layer list built by a loop of unknown count holds one kind of layer or the
other) is no error where one of them raises, and is one where each raises at the same place. Truths come from
running the program."""

import textwrap

import torch
from engine_support import raising_line
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
    line = raising_line(source, monkeypatch)
    issues = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0).issues
    assert line > 0 and [(issue.line + 1, issue.op) for issue in issues] == [(line, "operator.matmul")]


def test_an_error_one_option_meets_is_not(monkeypatch):
    source = SOURCE.replace("blocks.append(Scored(width, 3))", "blocks.append(Scored(width, 0))")
    source = source.replace("h @ self.a[: self.d_out]", "h @ self.a[: self.d_out + 0 * len(self.a) // 2]")
    assert analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0).issues == []
