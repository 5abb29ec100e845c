"""Engine tests: an int that is one expression of a command-line size on one path and another expression on the
other (a padding chosen by the kernel's parity) is an int of no known value where the paths merge, not a lost
value: the padded signal keeps its batch and channels, and a product with a tensor of the unpadded length, which
the convolutions give back, has that length. Truths come from running the program."""

from engine_support import agrees, hints_and_truth

PARITY_PADDING = """
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--kernel", type=int, default=3)
args = parser.parse_args()

kernel = args.kernel
if kernel % 2 == 0:
    left, right = kernel // 2 - 1, kernel // 2
else:
    left, right = (kernel - 1) // 2, (kernel - 1) // 2
signal = torch.randn(4, 6, 40)
padded = nn.ReplicationPad1d((left, right))(signal)
smoothed = nn.Conv1d(6, 6, kernel)(padded)
gated = signal * torch.sigmoid(smoothed)
"""


def test_ints_joined_from_two_paths_keep_the_shapes_that_follow(monkeypatch):
    found, truth = hints_and_truth(PARITY_PADDING, monkeypatch)
    assert found["gated"] == truth["gated"] == "[4, 6, 40]"
    for name in ("padded", "smoothed"):
        assert found[name].startswith("[4, 6, ") and agrees(found[name], truth[name])
