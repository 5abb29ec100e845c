"""Unit tests: `np.array` of a list of numbers whose length is not known (appended under a condition) is an array of
one dimension, as long as the list (empty or not), so an item of it is a number."""

from engine_support import agrees, hints_and_truth

NUMBERS = """
import numpy as np
import torch

levels = np.cumprod(1 - np.array([0.1, 0.2, 0.3, 0.4]))
steps = []
for s in range(4):
    for t in range(3):
        if levels[t + 1] <= levels[s] <= levels[t]:
            steps.append(t + (levels[t] - levels[s]) / (levels[t] - levels[t + 1]))
            break
steps = np.array(steps, dtype=np.float32)
rows = torch.from_numpy(steps)
step = torch.tensor([steps[0]])
"""


def test_an_array_of_numbers_has_one_dimension(monkeypatch):
    found, truth = hints_and_truth(NUMBERS, monkeypatch)
    assert found["step"] == truth["step"]
    assert found["rows"] == "[?]" and agrees(found["rows"], truth["rows"])
