"""Engine tests: a list made of a long array or tensor (`list(np.random.permutation(n))`), or a comprehension over
one, holds as many items as it yields even when they are too many to keep one by one, and a slice of known ints of
such a list (`train[:256]`) has the length Python cuts. Truths come from running each program."""

from engine_support import hints_and_truth

PERMUTED = """
import random

import numpy as np
import torch

order = np.random.permutation(300)
train = list(order[100:])
everything = torch.zeros(len(train))
for _ in range(2):
    batch = train[:64]
    random.shuffle(train)
    ids = torch.LongTensor([int(n) for n in batch])
tail = torch.zeros(len(train[-50:]))
"""


def test_a_list_of_a_long_array_keeps_its_length(monkeypatch):
    found, truth = hints_and_truth(PERMUTED, monkeypatch)
    for name in ("everything", "ids", "tail"):
        assert found[name] == truth[name]


ROWS = """
import torch

rows = torch.randn(200, 3)
norms = [row.norm() for row in rows]
stacked = torch.stack(norms)
listed = torch.zeros(len(list(rows)))
"""


def test_a_comprehension_over_a_long_tensor_has_one_item_per_row(monkeypatch):
    found, truth = hints_and_truth(ROWS, monkeypatch)
    for name in ("stacked", "listed"):
        assert found[name] == truth[name]
