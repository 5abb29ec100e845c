"""Unit tests: `a.tolist()` of a numpy array whose numbers are not known is nested lists of numbers shaped as the
array, so an array or tensor made from the list has its shape."""

from engine_support import hints_and_truth

LISTS = """
import numpy as np
import torch

schedule = np.linspace(1e-4, 0.05, 50).tolist()
levels = torch.tensor(np.cumprod(1 - np.array(schedule)).astype(np.float32))
grid = np.random.rand(3, 4).tolist()
rows = torch.tensor(grid)
first = torch.tensor(grid[0])
"""


def test_an_array_listed_keeps_its_shape(monkeypatch):
    found, truth = hints_and_truth(LISTS, monkeypatch)
    for name in ("levels", "rows", "first"):
        assert found[name] == truth[name], name


SYMBOLIC = """
import os
import numpy as np
import torch

count = int(os.environ.get("COUNT", "5"))
table = torch.randn(count, 3)
back = torch.tensor(table.tolist())
pairs = torch.tensor(np.random.rand(count, 2).tolist())
chosen = torch.nonzero(table[:, 0] > 5)[:, 0].tolist()
marks = torch.zeros(len(chosen), 2)
"""


def test_a_listed_size_is_the_length_when_surely_not_zero(monkeypatch):
    found, truth = hints_and_truth(SYMBOLIC, monkeypatch)
    assert found["back"] == "[count, 3]" and truth["back"] == "[5, 3]"
    assert found["pairs"] == "[count, 2]" and truth["pairs"] == "[5, 2]"
    assert found["marks"] == "[?, 2]" and truth["marks"] == "[0, 2]"
