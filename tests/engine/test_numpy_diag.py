"""Engine tests: `np.diag` gives the k-th diagonal of a 2-d array, or the square array with a 1-d array on its
k-th diagonal, in the array's dtype (it was unknown). Truths come from running each program."""

from engine_support import hints_and_truth

DIAGONALS = """
import numpy as np
import torch

square = np.random.randn(5, 5).astype(np.float32)
scales = torch.from_numpy(np.diag(square))
wide = torch.from_numpy(np.diag(np.ones((3, 7)), k=2))
lower = torch.from_numpy(np.diag(np.ones((4, 6)), -2))
spread = torch.from_numpy(np.diag(np.arange(4), 1))
"""


def test_diag_takes_or_builds_a_diagonal(monkeypatch):
    found, truth = hints_and_truth(DIAGONALS, monkeypatch)
    for name, shape in (("scales", "[5]"), ("wide", "[3]"), ("lower", "[2]"), ("spread", "[5, 5]")):
        assert found[name] == truth[name] == shape


NAMED = """
import argparse
import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--channels", type=int, default=3)
args = parser.parse_args()
weight = np.random.randn(4 * args.channels, 4 * args.channels)
scales = torch.from_numpy(np.diag(weight))
"""


def test_diagonal_of_a_square_of_named_size_has_that_size(monkeypatch):
    found, truth = hints_and_truth(NAMED, monkeypatch)
    assert truth["scales"] == "[12]"
    assert found["scales"] == "[4*channels]"
