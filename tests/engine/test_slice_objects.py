"""Engine tests: indexing with a `slice(...)` object is indexing with the slice written out (`x[slice(a, b)]` is
`x[a:b]`), for tensors, arrays and lists alike."""

from engine_support import hints_and_truth

SLICED = """
import numpy as np
import torch

states = torch.zeros(128, 4)
head = slice(32)
window = slice(8, 24)
every_other = slice(0, None, 2)
first = states[head]
middle = states[window]
strided = states[every_other, 1:]
rows = torch.from_numpy(np.zeros((10, 3))[slice(2, 7)])
listed = torch.tensor([1.0, 2.0, 3.0, 4.0][slice(1, 3)])
batch = 16
for i in range(3):
    part = states[slice(i * batch, min((i + 1) * batch, states.shape[0]))]
"""


def test_indexing_with_a_slice_object_is_indexing_with_the_slice(monkeypatch):
    found, truth = hints_and_truth(SLICED, monkeypatch)
    for name in ("first", "middle", "strided", "rows", "listed", "part"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
