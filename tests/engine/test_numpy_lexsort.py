"""Engine tests: `np.lexsort(keys)` gives int64 indices of the keys' shape (a 2-d array's rows are its keys), so
the rows it reorders keep their shape. Truths come from running each program."""

from engine_support import hints_and_truth

EVENTS = """
import numpy as np
import torch

events = np.random.randint(0, 5, size=(30, 3))
order = np.lexsort((events[:, 2], events[:, 0]))
table = np.random.rand(4, 30)
by_rows = np.lexsort(table)
sorted_events = torch.from_numpy(events[order])
positions = torch.from_numpy(by_rows)
"""


def test_lexsort_indices_have_the_keys_shape(monkeypatch):
    found, truth = hints_and_truth(EVENTS, monkeypatch)
    assert found["sorted_events"] == truth["sorted_events"] == "[30, 3]"
    assert found["positions"] == truth["positions"] == "[30]"
