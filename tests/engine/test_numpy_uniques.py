"""Engine tests: `np.unique(a)` of an array, or of array data, is a one-dimensional array of its dtype whose length
only the data decides (overlays/numpy_uniques): a tensor made from it, or from its items as a list, has one
dimension; the counts and first indexes it may return have as many items, the inverse of a one-dimensional `a` as
many as `a`. Truths come from running each program."""

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


UNIQUE_COUNTS = """
import numpy as np
import torch

labels = tuple(int(label) for label in np.repeat(np.arange(30), 6))
classes, counts = np.unique(labels, return_counts=True)
weights = torch.LongTensor(classes) * torch.from_numpy(counts)
order = np.random.randint(0, 9, size=24)
kinds, first, inverse, sizes = np.unique(order, return_index=True, return_inverse=True, return_counts=True)
firsts = torch.from_numpy(first) + torch.from_numpy(sizes)
rebuilt = torch.from_numpy(kinds[inverse])
grid_counts = torch.from_numpy(np.unique(order.reshape(4, 6), return_counts=True)[1])
"""


def test_unique_items_of_array_data_come_with_their_counts_indexes_and_inverse(monkeypatch):
    found, truth = hints_and_truth(UNIQUE_COUNTS, monkeypatch)
    for name in ("weights", "firsts", "grid_counts"):
        assert name in found and found[name].count(",") == 0 and agrees(found[name], truth[name]), name
    assert found["rebuilt"] == truth["rebuilt"] == "[24]"
