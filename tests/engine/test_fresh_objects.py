"""Unit tests: user objects built again each time the code runs are distinct objects, though the engine evaluates a
comprehension's item past the unroll limit once and answers a repeated call from its memo: a block that keeps state
on itself (`self.cache = out`) starts empty in every copy."""

from engine_support import hints_and_truth

CACHES = """
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.cache = None

    def forward(self, x):
        if self.cache is None:
            out = x
        else:
            out = torch.cat([self.cache, x])
        self.cache = out
        return out


def make():
    return Block()


shared = Block()
x = torch.randn(2, 3)
for block in nn.ModuleList([Block() for _ in range(20)]):
    y = block(x)
from_comprehension = y
for block in nn.ModuleList([make(), make(), make()]):
    y = block(x)
from_calls = y
for block in [shared for _ in range(20)]:
    y = block(x)
from_shared = y
"""


def test_objects_built_again_are_distinct(monkeypatch):
    found, truth = hints_and_truth(CACHES, monkeypatch)
    for name in ("from_comprehension", "from_calls"):
        assert found[name] == truth[name], name
    assert found.get("from_shared", "[?, 3]") in ("[?, 3]", truth["from_shared"])
