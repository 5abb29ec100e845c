"""Engine tests: `getattr(obj, "name")` with a name known as a string is `obj.name`, so a list changed in place
through it (`getattr(self, field).append([])`, `getattr(self, k)[-1].append(v)`) changes that attribute as
`self.name.append(...)` would, and later reads keep what it holds. Truths come from running each program."""

from engine_support import hints_and_truth

FIELDS_BY_NAME = """
import torch


class Columns:
    fields = ("words", "tags")

    def __init__(self):
        self.words = []
        self.tags = []

    def new_row(self):
        for name in self.fields:
            getattr(self, name).append([])

    def add(self, **items):
        for name, item in items.items():
            getattr(self, name)[-1].append(item)


columns = Columns()
columns.new_row()
empty = torch.tensor(columns.words[-1])
columns.add(words=(4, 5, 6), tags=(1,))
columns.add(words=(7, 8, 9), tags=(2,))
words = torch.tensor(columns.words[-1])
tags = torch.tensor(columns.tags[-1])
"""


def test_a_list_changed_through_getattr_is_the_attribute(monkeypatch):
    found, truth = hints_and_truth(FIELDS_BY_NAME, monkeypatch)
    for name in ("empty", "words", "tags"):
        assert found[name] == truth[name], name
