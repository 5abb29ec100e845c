"""Unit tests: `xs.pop(i)` on a list of known items removes and returns the item at index `i` (a negative one counts
from the end), the others staying in order; an index the engine cannot place gives no value, never `None`."""

from engine_support import hints_and_truth

POPS = """
import torch


class Skips(torch.nn.Module):
    def forward(self, x):
        skips = []
        for width in (4, 5, 6):
            x = torch.ones(2, width)
            skips.append(x)
        last = skips.pop(-1)
        first = skips.pop(0)
        return last, first, skips.pop()


last, first, middle = Skips()(torch.ones(1))
layers = torch.nn.ModuleList([torch.nn.Linear(3, 7), torch.nn.Linear(3, 8)])
popped = layers.pop(0)(torch.ones(2, 3))
remaining = layers[0](torch.ones(2, 3))
"""


def test_pop_at_an_index_gives_that_item(monkeypatch):
    found, truth = hints_and_truth(POPS, monkeypatch)
    for name in ("last", "first", "middle", "popped", "remaining"):
        assert found[name] == truth[name], name
