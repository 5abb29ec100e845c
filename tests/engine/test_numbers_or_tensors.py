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
