"""Engine tests: `next(it)` takes an iterator's first item, so what iterating it later gives are the other items
(a generator expression, `zip`, `iter` of a list, `iter` of a DataLoader, whose last batch may be smaller). Truths
come from running the snippet."""

from engine_support import agrees, hints_and_truth

ADVANCED = """
import torch

made = (torch.zeros(i) for i in range(5))
skipped = next(made)
rest = list(made)
rest_first = rest[0]
pairs = zip([torch.zeros(1), torch.zeros(2, 2)], [0, 1])
next(pairs)
second, _ = next(pairs)
rows = [torch.zeros(3), torch.zeros(4, 4)]
walk = iter(rows)
next(walk)
for row in walk:
    after_first = row
whole = rows[0]
"""


def test_items_after_next_are_the_others(monkeypatch):
    found, truth = hints_and_truth(ADVANCED, monkeypatch)
    for name in ("skipped", "rest_first", "second", "after_first", "whole"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
    assert found["rest_first"] == truth["rest_first"] == "[1]"


BATCHES = """
import torch
from torch.utils.data import DataLoader, TensorDataset

batches = iter(DataLoader(TensorDataset(torch.randn(10, 3)), batch_size=4))
(first,) = next(batches)
(middle,) = next(batches)
(last,) = next(batches)
"""


def test_batches_after_the_first_may_be_the_smaller_last_one(monkeypatch):
    found, truth = hints_and_truth(BATCHES, monkeypatch)
    assert found["first"] == truth["first"] == "[4, 3]"
    assert truth["last"] == "[2, 3]" and agrees(found.get("last"), truth["last"])
