"""Engine tests: `x += y` on a tensor changes it in place, so it keeps its shape, and an operand that would
broadcast it to a larger one raises (the error is reported where the run raises); a Python number is rebound to the
sum. Truths come from running the program."""

from engine_support import hints_and_truth, reported_and_raising

KEPT = """
import os
import torch

steps = len(os.environ.get("UNUSED", "")) + 3
x = torch.randn(2, 3)
total = x.sum()
try:
    total += x
except RuntimeError:
    pass
kept = total
h = torch.ones(4, 5)
h += h.mean(1, keepdim=True)
h_kept = h
count = 0
count += x
count_sum = count
weights = torch.rand(steps + 1)
for t in range(steps, -1, -1):
    noise = torch.randn(2, 3) if t > 0 else 0
    step = weights[t] * noise
    try:
        step += x
    except RuntimeError:
        pass
    last_step = step
"""

RAISING = """
import torch

x = torch.randn(2, 3)
total = x.sum()
total += x
"""


def test_an_augmented_assignment_keeps_the_tensors_shape(monkeypatch):
    found, truth = hints_and_truth(KEPT, monkeypatch)
    for name in ("kept", "h_kept", "count_sum"):
        assert found[name] == truth[name], name
    assert truth["last_step"] == "[]" and "last_step" not in found


def test_an_augmented_assignment_that_would_grow_the_tensor_is_reported(monkeypatch):
    reported, raising = reported_and_raising(RAISING, monkeypatch)
    assert raising == 6 and (6, "torch.Tensor.add_") in reported
