"""Engine tests: while a class is being built (its `__init__` runs), a loop over the rows of a tensor or array of
known length is unrolled as far as other loops there are (a noise schedule kept step by step from an array of
40 steps), not only up to the limit of loops elsewhere. Truths come from running each program."""

from engine_support import hints_and_truth

SCHEDULE = """
import numpy as np
import torch


class Schedule:
    def __init__(self, steps, keep):
        alphas = np.cumprod(1.0 - np.linspace(0.01, 0.2, steps))
        last = 1.0
        kept = []
        for i, alpha in enumerate(alphas):
            if i % keep == 0:
                kept.append(1 - alpha / last)
                last = alpha
        self.betas = np.array(kept)
        self.rows = [row.sum() for row in torch.ones(steps, 3)]


schedule = Schedule(40, 4)
betas = torch.from_numpy(schedule.betas)
sums = torch.stack(schedule.rows)
"""


def test_rows_of_an_array_are_iterated_one_by_one_while_building(monkeypatch):
    found, truth = hints_and_truth(SCHEDULE, monkeypatch)
    assert found["betas"] == truth["betas"] == "[10]"
    assert found["sums"] == truth["sums"] == "[40]"
