"""Engine tests: `itertools.product` (with `repeat`) and `itertools.chain` yield their items in order when the
iterables' items are known, else items of theirs. Truths come from running each program."""

from engine_support import hints_and_truth

PRIORS = """
import itertools
from itertools import product

import torch

boxes = []
for i, j in product(range(6), repeat=2):
    boxes += [(j + 0.5) / 6, (i + 0.5) / 6, 0.2, 0.2]
priors = torch.tensor(boxes).view(-1, 4)
names = ["-".join(pair) for pair in itertools.product("abc", "xy")]
picked = torch.zeros(6, 3)[[names.index("b-x"), names.index("c-y")]]
layers = list(itertools.chain([torch.nn.Linear(4, 4)], [torch.nn.ReLU(), torch.nn.Linear(4, 2)]))
out = torch.nn.Sequential(*layers)(torch.randn(5, 4))
"""


def test_product_and_chain_yield_their_items(monkeypatch):
    found, truth = hints_and_truth(PRIORS, monkeypatch)
    assert found["priors"] == truth["priors"] == "[36, 4]"
    assert found["out"] == truth["out"] == "[5, 2]"
    assert found["picked"] == truth["picked"] == "[2, 3]"
