"""Engine tests: statements that once ended in internal errors (the engine in strict mode raises them here) keep
their values: a layer run on sampled sizes where small sizes would make a size negative, a user function given a
view whose strides are symbolic though its sizes are not, a number that may be an int or a float met by a
floating tensor, and a loss over sizes that small samples would make negative. Truths come from running the program."""

from engine_support import hints_and_truth

EDGES = """
import os

import torch
import torch.nn as nn

size = len(sorted(set(os.environ.get("TEXT", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL"))))
images = torch.randn(1, 4, size, size)
critic = nn.Sequential(
    nn.Conv2d(4, 8, 4, stride=2, padding=1),
    nn.Conv2d(8, 8, 4, stride=2, padding=1),
    nn.Conv2d(8, 16, 4, stride=2, padding=1),
    nn.Conv2d(16, 16, 4, padding=1),
    nn.InstanceNorm2d(16),
)
scores = critic(images)


def project(state):
    return state * 2


states = torch.randn(1, size, 32)
last = project(states[:, -1])
total = 0
for step in range(size):
    total = total + 0.5
scaled = torch.ones(2, 3) * total
other = len(sorted(set(os.environ.get("WORDS", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHI"))))
logits = torch.randn(4, size - 3)
targets = torch.randn(4, other)
loss = torch.nn.functional.mse_loss(logits, targets)
"""


def test_values_past_edge_sizes_and_strides(monkeypatch):
    found, truth = hints_and_truth(EDGES, monkeypatch)
    assert found["scores"].startswith("[1, 16, ") and truth["scores"].startswith("[1, 16, ")
    for name in ("last", "scaled", "loss"):
        assert found[name] == truth[name], name
