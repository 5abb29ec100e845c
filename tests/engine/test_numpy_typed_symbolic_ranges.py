"""Unit tests: `np.arange` over symbolic int bounds with a `dtype=` has the length it has without one, in the
dtype given, and a span that may be negative gives max(span, 0) items (a sampler's pool of start offsets,
`np.random.choice(np.arange(n - window, dtype=np.int64), batch, replace=False)`)."""

from engine_support import hints_and_truth

OFFSETS = """
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--length", type=int, default=50)
parser.add_argument("--window", type=int, default=8)
parser.add_argument("--batch", type=int, default=6)
args = parser.parse_args()
starts = torch.from_numpy(np.arange(args.length - args.window, dtype=np.int64))
times = torch.from_numpy(np.arange(2, args.window + 2, dtype=np.float32))
pool = np.arange(args.length - args.window, dtype=np.int64)
picked = torch.from_numpy(np.random.choice(pool, args.batch, replace=False))
"""


def test_typed_ranges_over_symbolic_bounds_keep_their_length(monkeypatch):
    found, truth = hints_and_truth(OFFSETS, monkeypatch)
    assert found["starts"] == "[Max(0,length-window)]" and truth["starts"] == "[42]"
    assert found["times"] == "[window]" and truth["times"] == "[8]"
    assert found["picked"] == "[batch]" and truth["picked"] == "[6]"
