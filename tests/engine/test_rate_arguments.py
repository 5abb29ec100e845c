"""Engine tests: a Python number whose value is unknown (`--dropout` from the command line) passed where torch's
schema takes a `float` (a rate, a bound, a quantile) never costs a shape, also where another overload takes a
tensor there (`bernoulli_(p)`). Truths come from running each program."""

from engine_support import hints_and_truth

RATES = """
import argparse
import torch
import torch.nn.functional as F

parser = argparse.ArgumentParser()
parser.add_argument("--dropout", type=float, default=0.1)
parser.add_argument("--p", type=float, default=0.3)
args = parser.parse_args()

weight = torch.randn(61, 16)
mask = weight.new().resize_((weight.size(0), 1)).bernoulli_(1 - args.dropout).expand_as(weight) / (1 - args.dropout)
kept = torch.randn(4, 3).bernoulli_(args.p)
dropped = F.dropout(torch.randn(5, 2), args.p)
uniform = torch.empty(3, 2).uniform_(-args.p, args.p)
quantiles = torch.quantile(torch.randn(7, 3), args.p, dim=0)
noise = torch.empty(2, 2).normal_(0, args.p)
"""


def test_unknown_rates_never_cost_a_shape(monkeypatch):
    found, truth = hints_and_truth(RATES, monkeypatch)
    for name in ("mask", "kept", "dropped", "uniform", "quantiles", "noise"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])


def test_an_unknown_number_where_a_size_goes_is_still_a_symbol(monkeypatch):
    source = """
    import argparse
    import torch

    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", type=int, default=8)
    args = parser.parse_args()
    grid = torch.linspace(0, 1, args.hidden)
    """
    found, truth = hints_and_truth(source, monkeypatch)
    assert truth["grid"] == "[8]"
    assert found.get("grid") == "[hidden]"
