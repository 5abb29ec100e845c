"""Engine tests: a name that holds a number on some paths and a tensor on others (an accumulator started at 0, a
recurrence started at 0, a value chosen on an unknown condition) keeps both where the paths merge, and an operator
on it gives what every option agrees on; the name itself is never hinted where it may still be the number. Truths
come from running the program."""

from engine_support import hints_and_truth

ACCUMULATORS = """
import os
import torch

steps = len(os.environ.get("UNUSED", "")) + 4
rewards = torch.randn(steps, 1, 1)
masks = torch.ones(steps, 1, 1)
values = torch.randn(steps + 1, 1, 1)
gae = 0
for step in reversed(range(steps)):
    delta = rewards[step] + 0.99 * values[step + 1] * masks[step] - values[step]
    bumped = -gae + delta
    gae = delta + 0.99 * 0.95 * masks[step] * gae
    ret = gae + values[step]
total = 0
for step in range(steps):
    total = total + torch.ones(2, 3) * step
loss = 0.0
for step in range(steps):
    loss += (rewards[step] - values[step]).pow(2).mean()
chosen = 0 if os.environ.get("UNUSED") else torch.zeros(4, 5)
shifted = chosen + torch.ones(4, 5)
"""


def test_an_accumulator_started_at_a_number_has_the_tensors_shape_after_each_step(monkeypatch):
    found, truth = hints_and_truth(ACCUMULATORS, monkeypatch)
    for name in ("delta", "bumped", "gae", "ret", "total", "loss", "shifted"):
        assert found[name] == truth[name], name


def test_a_name_that_may_still_be_the_number_is_not_hinted(monkeypatch):
    found, truth = hints_and_truth(ACCUMULATORS, monkeypatch)
    assert truth["chosen"] == "[4, 5]" and "chosen" not in found


SAMPLING = """
import os
import torch

steps = len(os.environ.get("UNUSED", "")) + 6
sigmas = torch.rand(steps + 1)
sample = torch.randn(8, 3, 5)
for t in range(steps, 0, -1):
    noise = torch.randn(8, 3, 5) if t > 1 else 0
    scaled = sigmas[t] * noise
    stepped = sample * sigmas[t] + scaled
    shifted_back = scaled - stepped
    sample = stepped
bias = sample.mean() if os.environ.get("UNUSED") else torch.zeros(3, 5)
biased = torch.ones(2, 3, 5) + bias
"""


def test_a_0d_tensor_beside_a_tensor_broadcasts_as_a_number(monkeypatch):
    found, truth = hints_and_truth(SAMPLING, monkeypatch)
    for name in ("stepped", "shifted_back", "sample", "biased"):
        assert found[name] == truth[name], name
    assert truth["scaled"] == "[]" and "scaled" not in found
    assert truth["bias"] == "[3, 5]" and "bias" not in found
