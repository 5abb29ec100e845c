"""Engine tests: an explicit `xs.__len__()` of a list, a tuple, a tensor or a layer container is `len(xs)`, which
calls that same method, and `it.__next__()` of a generator is `next(it)`; a user class's own `__len__` still runs.
Truths come from running the snippet."""

from engine_support import hints_and_truth

LENGTHS = """
import torch
from torch import nn

losses = []
for step in range(3):
    losses.append(torch.randn(4).sum())
mean_loss = sum(losses) / losses.__len__()
x = torch.randn(5, 2)
rows = torch.zeros(x.__len__())
dims = torch.zeros(x.size().__len__())
layers = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
per_layer = torch.zeros(layers.__len__(), 7)


class Bag:
    def __len__(self):
        return 6


held = torch.zeros(Bag().__len__())
"""


def test_explicit_len_is_the_builtin(monkeypatch):
    found, truth = hints_and_truth(LENGTHS, monkeypatch)
    for name in ("mean_loss", "rows", "dims", "per_layer", "held"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])


NEXTS = """
import torch
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader(TensorDataset(torch.randn(32, 1, 6)), batch_size=8)


def forever(batches):
    while True:
        for (images,) in batches:
            yield images


stream = forever(loader)
taken = stream.__next__()
"""


def test_explicit_next_of_an_iterator_is_the_builtin(monkeypatch):
    found, truth = hints_and_truth(NEXTS, monkeypatch)
    assert found.get("taken") == truth["taken"] == "[8, 1, 6]"
