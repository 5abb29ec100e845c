"""Engine tests: `next(it)` takes a DataLoader iterator's first batch only while nothing but `next` has read the name
it was made into; an alias, an argument, a `for`, `it.__next__()`, a list, a dict or an attribute holding it may have
advanced it, and the last batch is the smaller one. Truths come from running the snippet."""

from engine_support import agrees, hints_and_truth

ADVANCED_ELSEWHERE = """
import torch
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader(TensorDataset(torch.randn(10, 3)), batch_size=8)

by_method = iter(loader)
by_method.__next__()
(after_method,) = next(by_method)


def skip(batches):
    next(batches)


by_call = iter(loader)
skip(by_call)
(after_call,) = next(by_call)

by_loop = iter(loader)
for (row,) in by_loop:
    break
(after_loop,) = next(by_loop)

by_item = iter(loader)
held = [by_item]
next(held[0])
(after_item,) = next(by_item)

listed = [iter(loader)]
for _ in range(2):
    for each in listed:
        (from_list,) = next(each)



class Holder:
    def __init__(self):
        self.batches = iter(loader)


holder = Holder()
for (row,) in holder.batches:
    break
by_getattr = getattr(holder, "batches")
(after_getattr,) = next(by_getattr)
holder = Holder()
for (row,) in holder.batches:
    break
(after_reiter,) = next(iter(holder.batches))
kept = {"batches": iter(loader)}
for (row,) in kept["batches"]:
    break
by_get = kept.get("batches")
(after_get,) = next(by_get)

made = iter(loader)
(first,) = next(made)
(second,) = next(made)
"""


def test_an_iterator_read_elsewhere_may_be_advanced(monkeypatch):
    found, truth = hints_and_truth(ADVANCED_ELSEWHERE, monkeypatch)
    advanced = ("after_method", "after_call", "after_loop", "after_item", "from_list", "after_getattr", "after_reiter")
    for name in (*advanced, "after_get", "second"):
        assert truth[name] == "[2, 3]" and agrees(found.get(name), truth[name]), (name, found.get(name))
    assert found["first"] == truth["first"] == "[8, 3]"
