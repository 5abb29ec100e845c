"""Engine tests: iterating an object array (`[ts for ts in series]`, `enumerate(series)`) yields one item per
item of its first dimension, so what a comprehension builds of it has that many items. Truths come from running
the program."""

from engine_support import hints_and_truth

SERIES = """
import numpy as np
import torch

series = np.array([np.random.rand(np.random.randint(20, 41)) for _ in range(10)], dtype=object)
kept = [ts for ts in series]
windows = torch.zeros(len(kept), 12)
ends = torch.zeros(len([i for i, _ in enumerate(series)]))
"""


def test_a_comprehension_over_an_object_array_has_its_items(monkeypatch):
    found, truth = hints_and_truth(SERIES, monkeypatch)
    for name in ("windows", "ends"):
        assert found[name] == truth[name]
