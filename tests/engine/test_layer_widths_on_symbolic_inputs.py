"""Engine tests: a layer of plain sizes (`nn.Linear(8704, 1024)`) called on an input whose width is an expression
over a command-line size checks the two equal, so a run that goes on has its output width: the layer's own sizes
are known sizes of the call, as a weight passed to `F.linear` is. Truths come from running each program."""

from engine_support import hints_and_truth

FLATTENED_FEATURES = """
import argparse
import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--length", type=int, default=96)
args = parser.parse_args()
head = nn.Linear(3 * 32, 10)
features = torch.zeros(4, 3, args.length // 3)
flat = features.flatten(1)
logits = head(flat)
scores = nn.functional.linear(flat, torch.zeros(10, 96))
"""


def test_a_layer_of_plain_sizes_gives_its_width_on_a_symbolic_input(monkeypatch):
    found, truth = hints_and_truth(FLATTENED_FEATURES, monkeypatch)
    assert found["scores"] == truth["scores"] == "[4, 10]"
    assert found["logits"] == truth["logits"] == "[4, 10]"
