"""Engine tests: `argparse.Namespace(**fields)` made by the program has its keyword arguments as attributes, as
`types.SimpleNamespace` does, so sizes and numbers read from it keep their values."""

import textwrap

import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse

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
    analysis = analyse(textwrap.dedent(NAMESPACES), torch, "cpu", 4096, 30.0)
    found = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    truth = executed(NAMESPACES, "UNUSED", "", monkeypatch)
    for name in ("codes", "loss", "resized"):
        assert found[name] == str(list(truth[name])), name
