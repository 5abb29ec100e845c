"""A string the engine does not know, tested against constants (`if cell in ['LSTM', 'GRU']`), is one of them in
that branch; strings joined or looked up at an unknown key are one of a few; a torch call given one of a few
values is the join of the calls with each; a recurrent layer's number of layers may be a symbol, and an initial
state the engine cannot build costs no shape (torch raises unless it has the final state's shape)."""

import textwrap

import torch
from engine_support import executed, hints_and_truth
from torch_lsp.analysis.engine import analyse

CELLS = """
import os
import torch
import torch.nn as nn

cell = os.environ.get("CELL", "GRU")
layers = int(os.environ["LAYERS"])
x = torch.randn(5, 3, 16)
if cell in ["LSTM", "GRU"]:
    chosen = getattr(nn, cell)(16, 32, layers)
else:
    chosen = nn.RNN(16, 32, layers, nonlinearity={"RNN_TANH": "tanh", "RNN_RELU": "relu"}[cell])
out, state = chosen(x)
stacked = nn.GRU(16, 32, num_layers=layers, bidirectional=True)
both, last = stacked(x)
again, last = stacked(x, [last, last][layers % 2])
drop = nn.Dropout(0.25)
noisy = drop(torch.randn(layers, layers + 1, 16))
"""


def test_string_options_symbolic_layer_counts_and_unknown_states_keep_recurrent_shapes(monkeypatch):
    analysis = analyse(textwrap.dedent(CELLS), torch, "cpu", 4096, 30.0)
    hints = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    assert hints["out"] == "[5, 3, 32]"  # a GRU, an LSTM or an RNN of either nonlinearity: the same output
    assert (hints["both"], hints["last"], hints["again"]) == ("[5, 3, 64]", "[2*layers, 3, 32]", "[5, 3, 64]")
    assert hints["noisy"] == "[layers, layers+1, 16]"
    for layers in ("1", "3"):
        truth = executed(CELLS, "LAYERS", layers, monkeypatch)
        n = int(layers)
        assert list(truth["out"]) == [5, 3, 32] and list(truth["both"]) == list(truth["again"]) == [5, 3, 64]
        assert list(truth["last"]) == [2 * n, 3, 32] and list(truth["noisy"]) == [n, n + 1, 16]


ASSERTED = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--arch", default="small")
args = parser.parse_args()
assert args.arch == "small" or args.arch == "tiny"
width = {"SMALL": 8, "TINY": 8, "LARGE": 32}[args.arch.upper()]
x = torch.randn(4, width)
if args.arch in ("small", "large"):
    depth = {"small": 3, "large": 5}[args.arch]
    y = torch.randn(depth, 2)
"""


def test_an_assert_or_an_if_narrows_an_unknown_option_to_the_strings_it_tests(monkeypatch):
    found, truth = hints_and_truth(ASSERTED, monkeypatch)
    assert found["x"] == truth["x"] == "[4, 8]"  # past the assert, the option is "small" or "tiny"
    assert found["y"] == truth["y"] == "[3, 2]"  # in the branch, "small" only
