"""Engine tests: `itertools.product` (with `repeat`), `chain`, `permutations` and `combinations` yield their
items in order when the iterables' items are known, else items of theirs. Truths come from running each
program."""

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


ARRANGEMENTS = """
from itertools import combinations, permutations

import torch

def one_hot_orders(scores):
    speakers = scores.size(1)
    orders = scores.new_tensor(list(permutations(range(speakers))), dtype=torch.long)
    return orders, scores.new_zeros((*orders.size(), speakers)).scatter_(2, orders.unsqueeze(2), 1)

orders, one_hot = one_hot_orders(torch.zeros(2, 3))
pairs = torch.tensor(list(combinations("abcde", 2)) and [[0, 1]] * len(list(combinations("abcde", 2))))
ordered_pairs = torch.zeros(4, 2)[[i for i, _ in permutations(range(4), r=2)]]
"""


def test_permutations_and_combinations_yield_their_tuples(monkeypatch):
    found, truth = hints_and_truth(ARRANGEMENTS, monkeypatch)
    assert found["orders"] == truth["orders"] == "[6, 3]"
    assert found["one_hot"] == truth["one_hot"] == "[6, 3, 3]"
    assert found["pairs"] == truth["pairs"] == "[10, 2]"
    assert found["ordered_pairs"] == truth["ordered_pairs"] == "[12, 2]"
