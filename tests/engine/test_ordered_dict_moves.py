"""Engine tests: `popitem()` takes a dict's last entry (an OrderedDict's first with `last=False`), and an
OrderedDict's `move_to_end(key, last)` moves the entry to either end, so what iterating the dict gives first
follows. Truths come from running the program."""

from engine_support import hints_and_truth

MOVES = """
from collections import OrderedDict
import torch

layers = OrderedDict()
layers["stem"] = torch.zeros(1)
layers["body"] = torch.zeros(2)
layers["head"] = torch.zeros(3)
layers.move_to_end("stem")
first_after_move = next(iter(layers.values()))
layers.move_to_end("head", last=False)
first_after_front = next(iter(layers.values()))
oldest = layers.popitem(last=False)[1]
newest = layers.popitem()[1]
left = list(layers.values())[0]
"""


def test_entries_move_and_pop_at_the_end_asked_for(monkeypatch):
    found, truth = hints_and_truth(MOVES, monkeypatch)
    for name in ("first_after_move", "first_after_front", "oldest", "newest", "left"):
        assert found.get(name) == truth[name], f"{name}: {found.get(name)}, ran as {truth[name]}"
