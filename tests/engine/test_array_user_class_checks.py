"""Engine tests: a numpy array is no instance of a user class whose bases are all known (`isinstance(X,
spmatrix)` in a sparse-or-dense check), so only the dense branch runs; a class deriving from np.ndarray stays
undecided. Truths come from running the program."""

from engine_support import hints_and_truth

DENSE_OR_SPARSE = """
import numpy as np
import torch


class SparseMatrix:
    pass


class Marked(SparseMatrix):
    pass


def is_sparse(x):
    return isinstance(x, (SparseMatrix, Marked))


table = np.random.randn(12, 5).astype(np.float32)
if is_sparse(table):
    rows = None
else:
    rows = torch.from_numpy(table)
picked = torch.zeros(3) if isinstance(table[:, :2], Marked) else torch.zeros(3, 2)
"""


def test_an_array_is_no_instance_of_a_user_class(monkeypatch):
    found, truth = hints_and_truth(DENSE_OR_SPARSE, monkeypatch)
    for name in ("rows", "picked"):
        assert found.get(name) == truth[name], name
