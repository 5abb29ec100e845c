"""Unit tests: a DataLoader drawing its indices from a sampler that never runs out (its `__iter__` a generator that
loops forever, or returning one) fills every batch, whatever the dataset's length; a sampler whose generator may
end leaves the last batch's size open."""

from engine_support import hints_and_truth

SAMPLERS = """
import numpy as np
import torch
from torch.utils import data


class Frames(data.Dataset):
    def __init__(self, count):
        self.count = count

    def __getitem__(self, index):
        return torch.zeros(3, 8, 8)

    def __len__(self):
        return self.count


def forever(n):
    order = np.random.permutation(n)
    i = 0
    while True:
        yield order[i]
        i += 1
        if i >= n:
            order = np.random.permutation(n)
            i = 0


def once(n):
    i = 0
    while True:
        if i >= n:
            break
        yield i
        i += 1


class Forever(data.Sampler):
    def __init__(self, source):
        self.n = len(source)

    def __iter__(self):
        return iter(forever(self.n))

    def __len__(self):
        return 2 ** 31


class Cycling(data.Sampler):
    def __init__(self, source):
        self.n = len(source)

    def __iter__(self):
        while True:
            for i in range(self.n):
                yield i
                if i > self.n:
                    break


class Once(Forever):
    def __iter__(self):
        return once(self.n)


frames = Frames(int(np.random.randint(5, 9)))
batches = iter(data.DataLoader(frames, batch_size=4, sampler=Forever(frames)))
first = next(batches)
second = next(batches)
cycled = next(iter(data.DataLoader(frames, batch_size=3, sampler=Cycling(frames))))
ended = next(iter(data.DataLoader(frames, batch_size=4, sampler=Once(frames))))
"""


def test_an_endless_sampler_fills_every_batch(monkeypatch):
    found, truth = hints_and_truth(SAMPLERS, monkeypatch)
    assert found["first"] == found["second"] == truth["second"] == "[4, 3, 8, 8]"
    assert found["cycled"] == truth["cycled"] == "[3, 3, 8, 8]"
    assert found["ended"] != truth["ended"] == "[4, 3, 8, 8]"
