"""Engine tests: a class attribute holding a list is one object every instance reads where it has no attribute of
its own, so appending to `self.items` in a method grows the class's list, seen by every instance and by the class.
Truths come from running each program."""

from engine_support import hints_and_truth

SHARED = """
import torch


class Registry:
    items = []

    def add(self, item):
        self.items.append(item)


class Derived(Registry):
    pass


first, second, derived = Registry(), Registry(), Derived()
first.add(1)
second.add(2)
derived.add(3)
through_instance = torch.zeros(len(first.items))
through_class = torch.zeros(len(Registry.items))
Registry.items.append(4)
after_class_append = torch.zeros(len(second.items))
"""


def test_in_place_changes_through_an_instance_change_the_class_attribute(monkeypatch):
    found, truth = hints_and_truth(SHARED, monkeypatch)
    for name in ("through_instance", "through_class", "after_class_append"):
        assert found.get(name) in ("[?]", truth[name]), name
