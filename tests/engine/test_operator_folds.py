"""Engine tests: `operator`'s arithmetic functions are their operators, and `functools.reduce` and `math.prod` fold
items known one by one (the flattened size of a feature map, a concatenation of chunks). Truths come from running
the program."""

from engine_support import hints_and_truth

FOLDS = """
import functools
import math
import operator
import torch

features = torch.zeros(2, 3, 4, 5)
flat_by_operator = torch.zeros(functools.reduce(operator.mul, features.shape[1:]))
flat_by_lambda = torch.zeros(functools.reduce(lambda a, b: a * b, features.shape[1:], 1))
flat_by_prod = torch.zeros(math.prod(features.shape[1:]))
head = torch.nn.Linear(math.prod(features.shape[1:]), 7)(features.flatten(1))
chunks = functools.reduce(lambda a, b: torch.cat([a, b]), [torch.zeros(1), torch.zeros(2), torch.zeros(3)])
summed = functools.reduce(torch.add, [torch.zeros(2, 1), torch.ones(1, 4)])
broadcast = operator.add(torch.zeros(3), torch.zeros(1))
product = operator.matmul(torch.zeros(2, 3), torch.zeros(3, 8))
negated = operator.neg(torch.zeros(4))
"""


def test_operator_functions_and_folds_keep_sizes(monkeypatch):
    found, truth = hints_and_truth(FOLDS, monkeypatch)
    names = ("flat_by_operator", "flat_by_lambda", "flat_by_prod", "head", "chunks", "summed", "broadcast", "product")
    for name in (*names, "negated"):
        assert found.get(name) == truth[name], f"{name}: {found.get(name)}, ran as {truth[name]}"
