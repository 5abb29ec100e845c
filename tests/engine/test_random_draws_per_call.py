"""Engine tests: each call of a function that draws an int at random (`random.randint`) draws another one, so two
calls give tensors whose sizes are two different symbols, and a size made of two of them that share a variable's
name shows as `?`, not as a multiple of that name. Truths come from running each program."""

from engine_support import agrees, hints_and_truth

DRAWN = """
import random
import torch


def sample():
    n = random.randint(5, 12)
    return torch.randn(n, 3)


a = sample()
b = sample()
both = torch.cat([a, b])
graphs = [sample() for _ in range(4)]
batch = torch.cat(graphs)
"""


def test_two_calls_draw_two_ints(monkeypatch):
    found, truth = hints_and_truth(DRAWN, monkeypatch)
    assert found["a"] == found["b"] == "[n, 3]"
    for name in ("both", "batch"):
        assert agrees(found[name], truth[name])
        assert found[name] == "[?, 3]"  # never `[2*n, 3]` or `[4*n, 3]`
