"""Engine tests: sparse COO tensors, for which the meta device has no kernels. `dense.to_sparse()` runs on fake
CPU tensors; a sparse matrix times a dense one of symbolic sizes (which fake tensors cannot run) is the dense
matrix of the same product of dense matrices. Truths come from running the snippets."""

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


PRODUCTS = """
import os
import torch

hidden = int(os.environ.get("HIDDEN", "16"))
adjacency = (torch.rand(100, 100) + torch.eye(100)).to_sparse()
x = torch.rand(100, hidden)
spread = torch.spmm(adjacency, x)
through_mm = torch.mm(adjacency, x)
through_operator = adjacency @ x
through_method = adjacency.mm(x)
"""


def test_a_sparse_matrix_times_a_dense_one_of_symbolic_sizes_is_dense(monkeypatch):
    found, truth = hints_and_truth(PRODUCTS, monkeypatch)
    names = ["spread", "through_mm", "through_operator", "through_method"]
    assert {name: truth[name] for name in names} == dict.fromkeys(names, "[100, 16]")
    assert {name: found.get(name) for name in names} == dict.fromkeys(names, "[100, hidden]")
