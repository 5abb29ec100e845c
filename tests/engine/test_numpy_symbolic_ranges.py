"""Unit tests: `np.arange(start, stop)` from an int start to a symbolic stop has stop - start items where that is
known not to be negative (SASRec's position ids, `np.tile(np.arange(1, n + 1), [rows, 1])`)."""

from engine_support import hints_and_truth

POSITIONS = """
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--maxlen", default=20, type=int)
args = parser.parse_args()
seqs = np.zeros([3, args.maxlen], dtype=np.int64)
counted = torch.from_numpy(np.arange(1, seqs.shape[1] + 1))
positions = np.tile(np.arange(1, seqs.shape[1] + 1), [seqs.shape[0], 1])
positions *= seqs != 0
position_ids = torch.LongTensor(positions)
"""


def test_a_range_to_a_symbolic_stop_keeps_its_length(monkeypatch):
    found, truth = hints_and_truth(POSITIONS, monkeypatch)
    assert found["counted"] == "[maxlen]" and truth["counted"] == "[20]"
    assert found["position_ids"] == "[3, maxlen]" and truth["position_ids"] == "[3, 20]"
