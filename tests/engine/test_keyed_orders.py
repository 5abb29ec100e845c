"""Engine tests: `min`, `max` and `sorted` with a `key` call it once per item and choose (or order) by the keys when
each is known; `min` and `max` of an empty iterable give their `default`. Truths come from running the program."""

from engine_support import hints_and_truth

PADDING = """
import torch

seqs = [torch.zeros(3), torch.zeros(7), torch.zeros(5)]
longest = max(seqs, key=len)
padded = torch.zeros(len(seqs), len(longest))
by_length = sorted(seqs, key=len, reverse=True)
first_sorted = by_length[0]
last_sorted = by_length[2]
shortest = min(seqs, key=lambda s: s.shape[0])
from_default = max([], default=torch.zeros(2))
widest = max(torch.zeros(2, 1), torch.zeros(2, 3), key=lambda t: t.shape[1])
first_of_ties = max(torch.zeros(4, 1), torch.ones(1, 4), key=lambda t: t.numel())
"""


def test_items_are_chosen_and_ordered_by_their_keys(monkeypatch):
    found, truth = hints_and_truth(PADDING, monkeypatch)
    names = ("longest", "padded", "first_sorted", "last_sorted", "shortest", "from_default", "widest", "first_of_ties")
    for name in names:
        assert found.get(name) == truth[name], f"{name}: {found.get(name)}, ran as {truth[name]}"
