"""A shape error whose message quotes the tensor it was given (`expand(MetaFloatType{[1, 1, 32]}, size=[50, -1])`)
is reported like any other: the meta type in the quote does not make it a call torch cannot run on meta tensors."""

import textwrap

import torch
from engine_support import reported_and_raising
from torch_lsp.analysis.engine import analyse

SOURCE = """
import torch
from torch import nn


class Prepend(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.token = nn.Parameter(torch.zeros(1, 1, width))

    def forward(self, tokens):
        token = self.token.expand(tokens.size(0), -1, -1)
        return torch.cat([token, tokens], dim=1)


out = Prepend(32)(torch.randn(50, 8, 32))
"""


def test_an_expand_given_too_few_sizes_is_reported_where_it_raises(monkeypatch):
    assert analyse(textwrap.dedent(SOURCE), torch, "cpu", 4096, 30.0).issues == []
    source = SOURCE.replace("expand(tokens.size(0), -1, -1)", "expand(tokens.size(0), -1)")
    reported, line = reported_and_raising(source, monkeypatch)
    assert line > 0 and reported == [(line, "torch.Tensor.expand")]
