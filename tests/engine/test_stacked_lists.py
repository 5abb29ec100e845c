"""Engine tests: `np.stack` and `np.concatenate` of a list of unknown length make an array of each item as
`np.array` does, so items that are nested lists of numbers of one shape (a row of `n` coordinate pairs per line
read) stack to that shape under the list's length; numpy raises on an empty list, so the list's items are there.
Truths come from running the snippet."""

from engine_support import hints_and_truth

LINES = """
import numpy as np
import torch

n = int(torch.randint(5, 6, (1,)))
lines = ["a"] * int(torch.randint(3, 4, (1,)))
coords = []
for line in lines:
    coords.append([[1.0, 2.0]] * n)
stacked = torch.tensor(np.stack(coords, axis=0))
joined = torch.tensor(np.concatenate(coords, axis=0))
"""


def test_lists_of_number_rows_stack_as_arrays(monkeypatch):
    found, truth = hints_and_truth(LINES, monkeypatch)
    assert truth["stacked"] == "[3, 5, 2]"
    assert truth["joined"] == "[15, 2]"
    assert found["stacked"] == "[?, n, 2]"
    assert found["joined"] == "[?, 2]"
