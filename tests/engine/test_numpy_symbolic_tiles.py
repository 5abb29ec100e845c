"""Unit tests: `np.tile(a, reps)` with symbolic repetitions (sizes read from the program) repeats the array
that many times, as with known ones."""

from engine_support import hints_and_truth

TILES = """
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--rows", default=20, type=int)
args = parser.parse_args()
row = np.arange(4)
stacked = torch.from_numpy(np.tile(row, [args.rows, 1]))
widened = torch.from_numpy(np.tile(row, args.rows))
"""


def test_symbolic_repetitions_keep_their_sizes(monkeypatch):
    found, truth = hints_and_truth(TILES, monkeypatch)
    assert found["stacked"] == "[rows, 4]" and truth["stacked"] == "[20, 4]"
    assert found["widened"] == "[4*rows]" and truth["widened"] == "[80]"
