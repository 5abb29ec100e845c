"""Engine tests: iterating a tensor with no rows yields nothing (it reads no row, which would raise), so a loop over
it does not run, a list of its rows is empty, and a comprehension over its rows reads none. Truths come from running
the program."""

from engine_support import hints_and_truth, reported_and_raising

PROGRAM = """
import random

import torch

empty = torch.zeros(0, 3)
for row in empty:
    seen = row.sum()
rows = list(empty)
after = torch.zeros(len(rows) + 2)
sizes = [0] * random.randint(2, 4)
batches = [torch.zeros(max(sizes)) for _ in sizes]
values = [x.item() for y, size in zip(batches, sizes) for x in y[:size]]
"""


def test_a_tensor_with_no_rows_yields_none(monkeypatch):
    found, truth = hints_and_truth(PROGRAM, monkeypatch)
    assert found["after"] == truth["after"]


def test_iterating_a_tensor_with_no_rows_is_no_error(monkeypatch):
    assert reported_and_raising(PROGRAM, monkeypatch) == ([], 0)
