"""Unit tests: the legacy sparse classes (`torch.sparse.FloatTensor`) build COO tensors: of indices, values and a
size, the tensor `torch.sparse_coo_tensor` makes of them; of sizes alone, an empty one of those sizes."""

import warnings

from engine_support import hints_and_truth

BATCH = """
import torch

indices = torch.LongTensor([[0, 0, 1, 3], [2, 5, 7, 1]])
values = torch.FloatTensor([1.0, 2.0, 3.0, 4.0])
batch = torch.sparse.FloatTensor(indices, values, torch.Size([4, 30]))
dense = batch.to_dense()
listed = torch.sparse.DoubleTensor(indices, values.double(), [6, 8]).to_dense()
empty = torch.sparse.FloatTensor(5, 3)
"""


def test_a_legacy_sparse_class_builds_a_coo_tensor(monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # torch deprecates the legacy constructors
        found, truth = hints_and_truth(BATCH, monkeypatch)
    for name in ("batch", "dense", "listed", "empty"):
        assert found.get(name) == truth[name], name
