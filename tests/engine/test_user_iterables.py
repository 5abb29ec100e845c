"""Engine tests: `enumerate`, `zip`, `list` and `iter` of a user object walk what its `__iter__` returns, as a
`for` loop does, so the items of a user iterable (its batches, say) keep their values."""

from engine_support import hints_and_truth

ITERABLE = """
import torch


class Batch:
    def __init__(self, rows):
        self.src = torch.zeros(rows, 4)
        self.trg = torch.ones(rows + 1, 4).long()


class Batches:
    def __init__(self, count):
        self.batches = [Batch(3) for _ in range(count)]

    def __iter__(self):
        return iter(self.batches)


class Counter:
    def __init__(self):
        self.step = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.step += 1
        if self.step > 2:
            raise StopIteration
        return torch.zeros(self.step, 2)


batches = Batches(2)
for step, batch in enumerate(batches):
    src = batch.src * 2
for batch, extra in zip(batches, range(5)):
    trg = batch.trg[1:]
first = list(batches)[0].src
last = tuple(batches)[-1].trg
head = next(iter(batches)).src
for k, row in enumerate(Counter()):
    seen = row.sum(0)
"""


def test_builtins_walk_a_user_iterable_as_a_loop_does(monkeypatch):
    found, truth = hints_and_truth(ITERABLE, monkeypatch)
    for name in ("src", "trg", "first", "last", "head"):
        assert found[name] == truth[name], name
    assert found.get("seen", "[2]") == "[2]"


ENDLESS = """
import torch
from torch.utils.data import DataLoader, TensorDataset

images = TensorDataset(torch.rand(12, 3, 8, 8), torch.zeros(12, dtype=torch.long))


def endless(batch_size):
    batches = iter(DataLoader(images, batch_size=batch_size, shuffle=True))
    while True:
        try:
            yield next(batches)
        except StopIteration:
            batches = iter(DataLoader(images, batch_size=batch_size, shuffle=True))
            yield next(batches)


stream = iter(endless(4))
for step in range(5):
    image, label = next(stream)
    scaled = image * 255
"""

RECORDS = """
import torch


class Record:
    def __init__(self):
        self.arrays = {"points": torch.zeros(12, 64, 3), "labels": torch.zeros(12, 1)}

    def __getitem__(self, key):
        return self.arrays[key]


class Clips(torch.utils.data.Dataset):
    def __init__(self):
        self.audio = torch.randn(10, 80)

    def __len__(self):
        return 10

    def __getitem__(self, index):
        return self.audio[index]


record = Record()
points = record["points"]
labels = record["labels"]
codes = {0: torch.zeros(2), 1: torch.zeros(3, 3)}
second = codes[1]
clips = Clips()
clip = clips[0]
several = clips[2:5]
"""


def test_an_iterator_made_again_when_it_runs_out_yields_the_same_batches(monkeypatch):
    found, truth = hints_and_truth(ENDLESS, monkeypatch)
    assert (found["image"], found["label"], found["scaled"]) == (truth["image"], truth["label"], truth["scaled"])


def test_subscripting_a_user_object_passes_its_key_to_getitem(monkeypatch):
    found, truth = hints_and_truth(RECORDS, monkeypatch)
    for name in ("points", "labels", "clip", "several"):
        assert found[name] == truth[name], name
    assert found.get("second", truth["second"]) == truth["second"]  # never the first entry's
