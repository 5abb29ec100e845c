"""Engine tests: `next(it)` of a user object whose class defines `__next__` is what that method returns for this
object (Python calls `type(it).__next__(it)`), here the batches of one of two loaders, alternately.
Truths come from running the program."""

from engine_support import hints_and_truth

ALTERNATING = """
import torch
from torch.utils.data import DataLoader, TensorDataset


class Alternating:
    def __init__(self, first, second):
        self.first = self.forever(first)
        self.second = self.forever(second)
        self.step = 0

    def __next__(self):
        self.step += 1
        if self.step % 2 == 0:
            return next(self.first)
        return next(self.second)

    @staticmethod
    def forever(loader):
        while True:
            for batch in loader:
                yield batch


heads = DataLoader(TensorDataset(torch.randn(20, 3), torch.zeros(20, 7)), batch_size=4)
tails = DataLoader(TensorDataset(torch.randn(12, 3), torch.zeros(12, 7)), batch_size=4)
batches = Alternating(heads, tails)
features, targets = next(batches)
"""


def test_next_of_an_object_runs_its_dunder_next(monkeypatch):
    found, truth = hints_and_truth(ALTERNATING, monkeypatch)
    assert found["features"] == truth["features"] == "[4, 3]"
    assert found["targets"] == truth["targets"] == "[4, 7]"
