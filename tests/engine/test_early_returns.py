"""Unit tests: what a function changes beyond its own variables on a path that returns early (a `global`, an item of
a module's list, an object's attribute, an object it built) reaches the state after the call, joined with what the
other paths leave."""

from engine_support import agrees, hints_and_truth

EARLY = """
import os
import torch

total = torch.zeros(1)
history = [torch.zeros(1)]


class Cache:
    def __init__(self):
        self.last = torch.zeros(1)
        self.node = None

    def update(self, x):
        if not os.environ.get("UNUSED"):
            self.last = x
            return x
        self.last = torch.zeros(7)
        return self.last


class Node:
    pass


def accumulate(x):
    global total
    if not os.environ.get("UNUSED"):
        total = x
        history[0] = x
        return
    total = torch.zeros(7)
    history[0] = torch.zeros(7)


def attach(cache, x):
    node = Node()
    cache.node = node
    if not os.environ.get("UNUSED"):
        node.value = x
        return
    node.value = torch.zeros(7)


accumulate(torch.zeros(2, 3))
after_global = total
after_item = history[0]
cache = Cache()
cache.update(torch.zeros(4, 5))
after_attribute = cache.last
attach(cache, torch.zeros(6))
after_built = cache.node.value
"""


def test_a_change_made_before_an_early_return_reaches_the_caller(monkeypatch):
    found, truth = hints_and_truth(EARLY, monkeypatch)
    for name in ("after_global", "after_item", "after_attribute", "after_built"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
