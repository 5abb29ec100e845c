"""Unit tests: `if self.table is None:` (or `is not None`) on an attribute that may be None gives each branch what
the attribute is there, as for a variable: a cache filled on first use after a reset that may have emptied it."""

from engine_support import hints_and_truth

SRC = """
import torch


class Cache:
    def __init__(self):
        self.table = None

    def lookup(self, idx):
        if self.table is None:
            self.table = torch.zeros(64, 4)
        return self.table.index_select(0, idx)

    def width(self):
        if self.table is not None:
            return self.table.sum(0)
        return torch.zeros(4)

    def reset(self, hard):
        if hard:
            self.table = None


cache = Cache()
first = cache.lookup(torch.arange(6))
cache.reset(torch.rand(1).item() > 2)
second = cache.lookup(torch.arange(2))
cache.reset(torch.rand(1).item() > 2)
summed = cache.width()
"""


def test_a_none_test_on_an_attribute_narrows_it_in_each_branch(monkeypatch):
    found, truth = hints_and_truth(SRC, monkeypatch)
    for name in ("first", "second", "summed"):
        assert found[name] == truth[name], name
