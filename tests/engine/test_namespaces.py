"""Engine tests: `argparse.Namespace(**fields)` made by the program has its keyword arguments as attributes, as
`types.SimpleNamespace` does, so sizes and numbers read from it keep their values."""

from engine_support import hints_and_truth

NAMESPACES = """
import argparse
import torch

args = argparse.Namespace(device="cpu", beta=0.25, hidden=8, steps=0)
codes = torch.zeros(2, args.hidden).to(args.device)
loss = codes.pow(2).mean() + args.beta * codes.abs().mean()
args.steps += 1
args.hidden = 5
resized = torch.zeros(args.hidden, 3)
"""


def test_a_namespace_made_by_the_program_has_its_keyword_arguments(monkeypatch):
    found, truth = hints_and_truth(NAMESPACES, monkeypatch)
    for name in ("codes", "loss", "resized"):
        assert found[name] == truth[name], name
