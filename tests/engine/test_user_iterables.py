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
