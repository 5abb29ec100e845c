"""Unit tests: a torch layer raises some errors in training mode only (batch norm on one value per channel). Once
the program may have put the layer in eval mode (`.eval()`, `.train(flag)` on it, on a container or a user module
holding it, `module.apply`, `nn.Module.eval(layer)`, a store to `.training`, code the engine does not interpret
given the layer), such an error is no longer sure: the call's result is the one in eval mode, and only a layer
surely in training mode reports it."""

import textwrap

import pytest
import torch
from engine_support import agrees, hints_and_truth

MODES = """
import operator
import sys

import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(6, 16), nn.BatchNorm1d(16), nn.ReLU())

    def forward(self, code):
        return self.body(code)


def one_sample(net):
    return net(torch.zeros(1, 6))


decoder = Decoder()
steps = decoder(torch.zeros(4, 6))
decoder.eval()
single = one_sample(decoder)
norm = nn.BatchNorm1d(5)
norm.eval()
alone = norm(torch.zeros(1, 5))
stack = nn.Sequential(nn.Linear(3, 5), nn.BatchNorm1d(5))
stack.apply(lambda layer: layer.train(False))
applied = stack(torch.zeros(1, 3))
flat = nn.BatchNorm1d(7)
flat.training = False
stored = flat(torch.zeros(1, 7))
maybe = nn.BatchNorm1d(9)
if len(sys.argv) < 5:
    maybe.eval()
chosen = maybe(torch.zeros(1, 9))
handed = nn.Sequential(nn.Linear(2, 4), nn.BatchNorm1d(4))
operator.methodcaller("eval")(handed)
given = handed(torch.zeros(1, 2))
unbound = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3))
nn.Module.eval(unbound)
through = unbound(torch.zeros(1, 2))
"""

TRAINING = """
import torch
import torch.nn as nn

encoder = nn.Sequential(nn.Linear(6, 16), nn.BatchNorm1d(16))
other = nn.Sequential(nn.Linear(6, 16), nn.BatchNorm1d(16))
other.eval()
kept = other(torch.zeros(1, 6))
code = encoder(torch.zeros(1, 6))
"""


def test_a_layer_put_in_eval_mode_takes_one_sample(monkeypatch):
    from torch_lsp.analysis.engine import analyse

    found, truth = hints_and_truth(MODES, monkeypatch)
    for name in ("steps", "single", "alone", "applied", "stored", "chosen", "given", "through"):
        assert found.get(name) is not None and agrees(found[name], truth[name]), name
    assert not analyse(textwrap.dedent(MODES), torch, "cpu", 4096, 30.0).issues


def test_a_layer_surely_in_training_reports_one_sample():
    from torch_lsp.analysis.engine import analyse

    with pytest.raises(ValueError, match="per channel when training"):
        exec(textwrap.dedent(TRAINING), {})
    issues = analyse(textwrap.dedent(TRAINING), torch, "cpu", 4096, 30.0).issues
    assert [(issue.line + 1, issue.op) for issue in issues] == [(9, "torch.nn.BatchNorm1d")]
