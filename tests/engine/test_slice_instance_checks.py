"""Engine tests: `slice` is the builtin class: `isinstance(i, slice)` of a number the engine does not know is False
(instance_checks), so a dataset's `__getitem__` that serves slices too keeps the sample it gives at an index, and
`slice(start, stop)` of known bounds indexes as `start:stop` does (python_builtins). Truths come from running each
program."""

from engine_support import hints_and_truth

SLICING_DATASET = """
import torch
from torch.utils.data import DataLoader, Dataset


class Batches(Dataset):
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(index.start or 0, index.stop or len(self), index.step or 1)]
        return torch.zeros(5, 3), torch.ones(5, dtype=torch.long)

    def __len__(self):
        return 4


def first(samples):
    return samples[0]


for features, labels in DataLoader(Batches(), batch_size=1, collate_fn=first):
    pass
"""

SLICE_CALL = """
import torch

rows = torch.zeros(10, 4)[slice(2, 7)]
"""


def test_a_dataset_serving_slices_keeps_its_samples(monkeypatch):
    found, truth = hints_and_truth(SLICING_DATASET, monkeypatch)
    assert found["features"] == truth["features"] == "[5, 3]"
    assert found["labels"] == truth["labels"] == "[5]"


def test_a_slice_of_known_bounds_indexes(monkeypatch):
    found, truth = hints_and_truth(SLICE_CALL, monkeypatch)
    assert found["rows"] == truth["rows"] == "[5, 4]"
