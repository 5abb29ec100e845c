"""Unit tests: a generator that builds and yields a new object of one class on each pass gives, when iterated, one
object standing for each of them, whose attributes hold what every yielded object held; no object is lost, so
what was inferred inside their methods stands."""

from engine_support import hints_and_truth

BATCHES = """
import torch


class Batch:
    def __init__(self, src, pad=0):
        self.src = src
        self.mask = (src != pad).unsqueeze(-2)
        self.tokens = (src != pad).sum()


def data_gen(batch_size, count):
    for _ in range(count):
        data = torch.randint(1, 9, (batch_size, 10))
        yield Batch(data)


def run_epoch(batches):
    total = 0
    for i, batch in enumerate(batches):
        src = batch.src.float()
        mask = batch.mask
        total += batch.tokens
    return src, mask, total


source, masks, total = run_epoch(data_gen(16, 10))
for item in data_gen(4, 6):
    rows = item.src[:, :3]
"""

MASKED = """
import torch


class Batch:
    def __init__(self, src, pad=0):
        self.mask = self.masked(src, pad)

    @staticmethod
    def masked(src, pad):
        made = (src != pad).unsqueeze(-2)
        return made


def data_gen(count):
    for _ in range(count):
        yield Batch(torch.randint(0, 9, (16, 10)))


for batch in data_gen(10):
    masks = batch.mask
"""


def test_objects_a_generator_builds_keep_their_attributes(monkeypatch):
    hints, truth = hints_and_truth(BATCHES, monkeypatch)
    for name in ("source", "masks", "total", "rows"):
        assert hints.get(name) == truth[name], name


def test_the_methods_of_objects_a_generator_builds_keep_their_hints(monkeypatch):
    hints, truth = hints_and_truth(MASKED, monkeypatch)
    assert hints.get("masks") == truth["masks"] == "[16, 1, 10]"
    assert hints.get("made") == truth["masks"]
