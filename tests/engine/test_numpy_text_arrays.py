"""Engine tests: `np.fromstring(text, dtype=int, sep="-")` (text mode) is a one-dimensional array of that dtype, of
as many items as the text holds (overlays/numpy_model): dash-separated layer sizes read from the command line.
Truths come from running each program."""

from engine_support import agrees, hints_and_truth

LAYER_SIZES = """
import argparse
import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--arch-mlp", type=str, default="4-3-2")
args = parser.parse_args()
sizes = torch.from_numpy(np.fromstring(args.arch_mlp, dtype=int, sep="-"))
"""


def test_sizes_read_from_text_are_one_dimensional(monkeypatch):
    found, truth = hints_and_truth(LAYER_SIZES, monkeypatch)
    assert truth["sizes"] == "[3]" and found.get("sizes") == "[?]" and agrees(found["sizes"], truth["sizes"])
