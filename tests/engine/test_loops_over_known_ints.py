"""Engine tests: a loop over a list of known ints too long to unroll binds, on each pass, an int between the least
and the greatest of them (position by position for a list of tuples of ints), so a window `x[i:i + n]` whose end
stays within the sequence is n long. Truths come from running each program."""

from engine_support import hints_and_truth

WINDOWS = """
import numpy as np
import torch

series = np.zeros((20, 2, 48), dtype=np.float32)
spans = [(i, i + 15) for i in range(series.shape[2] - 15 + 1)]
features, targets = [], []
for start, end in spans:
    features.append(series[:, :, start : start + 12].transpose((0, 2, 1)))
    targets.append(series[:, 0, start + 12 : end])
inputs = torch.from_numpy(np.array(features))
outputs = torch.from_numpy(np.array(targets))
steps = torch.zeros(40, 3)
rows = []
for offset in [4, 9, 2, 7, 11, 0, 5, 8, 3, 10, 6, 1, 12, 14, 13, 15, 16]:
    rows.append(torch.relu(steps[offset : offset + 20]))
stacked = torch.stack(rows)
"""


def test_loop_ints_lie_between_the_least_and_the_greatest_item(monkeypatch):
    found, truth = hints_and_truth(WINDOWS, monkeypatch)
    assert found["inputs"] == truth["inputs"] == "[34, 20, 12, 2]"
    assert truth["outputs"] == "[34, 20, 3]" and found["outputs"] == "[34, 20, ?]"
    assert found["stacked"] == truth["stacked"] == "[17, 20, 3]"
