"""Engine tests: a function no call site reaches is interpreted on speculation, with its `*args` and `**kwargs` of
unknown length: it adds hints where there were none and never takes away those real call sites gave (a model
factory that is not called hands `**kwargs` on to the class another factory did build). Truths come from running
each program."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

FACTORIES = """
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, width, depth=2, classes=10):
        super().__init__()
        self.token = nn.Parameter(torch.zeros(1, 1, width))
        self.blocks = nn.ModuleList([nn.Linear(width, width) for _ in range(depth)])
        self.head = nn.Linear(width, classes)

    def forward(self, x):
        x = torch.cat((self.token.expand(x.shape[0], -1, -1), x), dim=1)
        for block in self.blocks:
            x = block(x)
        return self.head(x[:, 0])


def tiny(**kwargs):
    return Encoder(width=16, **kwargs)


def large(**kwargs):
    return Encoder(width=64, depth=4, **kwargs)


def merged(*parts):
    return torch.cat(parts, dim=1)


model = tiny(classes=5)
scores = model(torch.rand(3, 7, 16))
token = model.token
"""


def test_speculation_never_takes_away_the_hints_of_real_call_sites(monkeypatch):
    found, truth = hints_and_truth(FACTORIES, monkeypatch)
    assert found.get("scores") == truth["scores"] == "[3, 5]"
    analysis = analyse(textwrap.dedent(FACTORIES), torch, "cpu", 4096, 30.0)
    inside = {(b.name, b.line): analysis.shape_text(b.value) for b in analysis.hints()}
    assert inside.get(("self.token", 8)) == "[1, 1, 16]"  # built by tiny(), whatever large() might pass
    assert inside.get(("x", 13)) == "[3, 8, 16]"


def test_extra_arguments_of_an_uncalled_function_are_of_unknown_number():
    analysis = analyse(textwrap.dedent(FACTORIES), torch, "cpu", 4096, 30.0)
    assert [issue.error.message for issue in analysis.issues] == []  # torch.cat(parts) of no call: no error
