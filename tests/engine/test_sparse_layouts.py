"""Engine tests: sparse COO tensors, for which the meta device has no kernels. `dense.to_sparse()` runs on fake
CPU tensors. Truths come from running the snippets."""

from engine_support import hints_and_truth

TO_SPARSE = """
import torch

dense = torch.rand(100, 100) + torch.eye(100)
adjacency = dense.to_sparse()
coo = dense.to_sparse_coo()
hybrid = torch.rand(100, 60, 3).to_sparse(2)
features = torch.spmm(adjacency, torch.rand(100, 40))
"""


def test_a_dense_tensor_made_sparse_keeps_its_shape(monkeypatch):
    found, truth = hints_and_truth(TO_SPARSE, monkeypatch)
    names = ["adjacency", "coo", "hybrid", "features"]
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
