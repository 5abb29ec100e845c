"""Unit tests: a numpy structured dtype (`np.dtype([('s', np.float64, (4, 9, 9)), ('r', np.float64)])`) names
fields with sub-shapes; `np.empty(n, dtype=...)` holds n records, its field `buffer['s']` is an array of the records'
shape followed by the field's, and writing a record keeps the shape."""

from engine_support import hints_and_truth

RECORDS = """
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--stack", type=int, default=4)
args = parser.parse_args()

transition = np.dtype(
    [("s", np.float64, (args.stack, 9, 9)), ("a", np.float64, (3,)), ("logp", np.float64), ("n", np.int32, 2)]
)


class Memory:
    capacity = 16

    def __init__(self):
        self.buffer = np.empty(self.capacity, dtype=transition)
        self.counter = 0

    def store(self, record):
        self.buffer[self.counter] = record
        self.counter += 1


memory = Memory()
for i in range(16):
    memory.store((np.zeros((args.stack, 9, 9)), np.ones(3), 0.5, (1, 2)))
states = torch.tensor(memory.buffer["s"], dtype=torch.double)
actions = torch.tensor(memory.buffer["a"])
logps = torch.tensor(memory.buffer["logp"]).view(-1, 1)
counts = torch.from_numpy(memory.buffer["n"].copy())
head = torch.tensor(memory.buffer[:5]["a"])
picked = torch.tensor(memory.buffer[np.array([0, 3, 7])]["s"])
grid = np.zeros((2, 3), dtype=[("x", np.float32), ("y", np.float32, (2,))])
xs = torch.from_numpy(grid["x"].copy())
ys = torch.tensor(grid["y"])
"""

SCALAR_OR_ONE = """
import numpy as np
import torch

old_style = np.zeros(5, dtype=[("w", np.float64, 1)])
weights = torch.tensor(old_style["w"])
"""


def test_fields_are_arrays_of_the_records_shape_and_their_own(monkeypatch):
    found, truth = hints_and_truth(RECORDS, monkeypatch)
    assert found["states"] == "[16, stack, 9, 9]" and truth["states"] == "[16, 4, 9, 9]"
    assert found["picked"] == "[3, stack, 9, 9]" and truth["picked"] == "[3, 4, 9, 9]"
    for name in ("actions", "logps", "counts", "head", "xs", "ys"):
        assert found[name] == truth[name], name


def test_a_sub_shape_of_one_int_one_is_not_claimed(monkeypatch):
    """numpy before 2.0 reads `('w', np.float64, 1)` as a scalar field, numpy 2 as a field of shape (1,)."""
    found, truth = hints_and_truth(SCALAR_OR_ONE, monkeypatch)
    assert "weights" not in found and truth["weights"] in ("[5, 1]", "[5]")
