"""Engine tests: `torch.__version__` is the version string of the torch the server runs (the program's), so code
that compares versions decides; a 0-d integer tensor in an index selects as an int does (`x[:, top[k]]`).
Truths come from running each program."""

from engine_support import hints_and_truth

VERSIONED = """
import torch
from torch import nn


def newer_than(version, minimum):
    for have, need in zip(str(version).split("."), minimum.split(".")):
        if int(have) != int(need):
            return int(have) > int(need)
    return True


padding = 1 if newer_than(torch.__version__, "1.5") else 2
conv = nn.Conv1d(7, 16, kernel_size=3, padding=padding, padding_mode="circular")
tokens = conv(torch.randn(4, 7, 48))
scores = torch.randn(4, 48)
top = torch.topk(scores.mean(0), 3, dim=-1)[1]
column = scores[:, top[0]]
weights = torch.stack([scores[:, top[i]] for i in range(3)], dim=-1)
"""


def test_version_comparisons_decide_and_scalar_tensor_indices_select(monkeypatch):
    found, truth = hints_and_truth(VERSIONED, monkeypatch)
    assert found["tokens"] == truth["tokens"] == "[4, 16, 48]"
    assert found["column"] == truth["column"] == "[4]"
    assert found["weights"] == truth["weights"] == "[4, 3]"
