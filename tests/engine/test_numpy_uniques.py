"""Engine tests: `np.unique(a)` of an array is a one-dimensional array of its dtype whose length only the data
decides (overlays/numpy_uniques): a tensor made from it, or from its items as a list, has one dimension. Truths
come from running each program."""

from engine_support import agrees, hints_and_truth

UNIQUE_LABELS = """
import numpy as np
import torch

labels = np.random.randint(0, 50, size=(8, 4))
classes = torch.from_numpy(np.unique(labels))
listed = torch.tensor(np.unique(labels).tolist())
"""


def test_the_unique_items_of_an_array_are_one_dimensional(monkeypatch):
    found, truth = hints_and_truth(UNIQUE_LABELS, monkeypatch)
    for name in ("classes", "listed"):
        assert name in found and found[name].count(",") == 0 and agrees(found[name], truth[name])
