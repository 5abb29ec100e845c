"""Engine tests: `np.stack`, `np.concatenate`, `np.vstack`, `np.hstack`, `np.column_stack` and `np.dstack` of a list
of unknown length make an array of each item as `np.array` does, so items that are nested lists of numbers of one
shape (a row of `n` coordinate pairs per line read) stack to that shape under the list's length, and a row per word
stacks to a table of the word vectors' width; numpy raises on an empty list, so the list's items are there.
Truths come from running the snippet."""

from engine_support import agrees, hints_and_truth

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


VECTORS = """
import numpy as np
import torch

words = ["w"] * int(torch.randint(3, 9, (1,)))
vectors, patches = [], []
for word in words:
    vectors.append(np.random.randn(16))
    patches.append(np.zeros((2, 5), dtype=np.float32))
table = torch.from_numpy(np.vstack(vectors))
tall = torch.from_numpy(np.vstack(patches))
flat = torch.from_numpy(np.hstack(vectors))
wide = torch.from_numpy(np.hstack(patches))
columns = torch.from_numpy(np.column_stack(vectors))
planes = torch.from_numpy(np.dstack(patches))
"""


def test_row_and_column_stacks_of_lists_of_unknown_length(monkeypatch):
    found, truth = hints_and_truth(VECTORS, monkeypatch)
    expected = {
        "table": "[?, 16]",
        "tall": "[?, 5]",
        "flat": "[?]",
        "wide": "[2, ?]",
        "columns": "[16, ?]",
        "planes": "[2, 5, ?]",
    }
    assert {name: found.get(name) for name in expected} == expected
    assert all(agrees(found[name], truth[name]) for name in expected)
