"""Engine tests: a pooling of a length that earlier strided layers already divided (`(l//3) - 8`, a command-line
length through two conv/pool stages) follows that length, not only the option's own symbol; the flattened result
feeds a layer of a plain width. Truths come from running each program."""

import re

from engine_support import hints_and_truth

STACKED_POOLS = """
import argparse
import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--length", type=int, default=1014)
args = parser.parse_args()
stages = nn.Sequential(
    nn.Conv1d(8, 16, kernel_size=7), nn.ReLU(), nn.MaxPool1d(3, 3),
    nn.Conv1d(16, 16, kernel_size=7), nn.ReLU(), nn.MaxPool1d(3, 3),
)
signal = torch.zeros(2, 8, args.length)
pooled = stages(signal)
again = nn.functional.max_pool1d(pooled, 2)
"""


def _at(hint: str, **sizes: int) -> list[int]:
    """The sizes of a rendered hint with its named sizes at the given values."""
    return [eval(re.sub(r"[a-z_]+", lambda m: str(sizes[m.group()]), dim)) for dim in hint.strip("[]").split(", ")]


def test_a_pooling_follows_the_length_earlier_layers_left(monkeypatch):
    found, truth = hints_and_truth(STACKED_POOLS, monkeypatch)
    assert truth["pooled"] == "[2, 16, 110]" and truth["again"] == "[2, 16, 55]"
    assert "length" in found["pooled"] and _at(found["pooled"], length=1014) == [2, 16, 110]
    assert "length" in found["again"] and _at(found["again"], length=1014) == [2, 16, 55]
