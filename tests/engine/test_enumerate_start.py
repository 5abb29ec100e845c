"""Engine tests: `enumerate(items, start)` counts from `start` (it counted from 0 whatever the start), also when
the loop is not run item by item. Truths come from running each program."""

from engine_support import hints_and_truth

HEADS = """
import torch

anchors = [4, 6, 6, 6, 4, 4]
maps = []
for k, size in enumerate([10, 5, 3, 1], 2):
    maps.append(torch.zeros(size * size * anchors[k]))
priors = torch.cat(maps)
rows = [torch.zeros(position) for position, _ in enumerate(range(3), start=5)]
grid = torch.stack([r[:5] for r in rows])
"""


def test_enumerate_counts_from_its_start(monkeypatch):
    found, truth = hints_and_truth(HEADS, monkeypatch)
    assert found["priors"] == truth["priors"] == "[790]"
    assert found["grid"] == truth["grid"] == "[3, 5]"
