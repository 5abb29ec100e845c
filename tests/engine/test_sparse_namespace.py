"""Engine tests: the functions of `torch.sparse` (`torch.sparse.sum`, `torch.sparse.mm`, `torch.sparse.softmax`)
are tensor computations the engine runs on its probes, like those of `torch` itself. Truths come from running
each program."""

from engine_support import hints_and_truth

GRAPH = """
import torch

n = 6
rows = torch.tensor([0, 1, 1, 3, 5, 0])
cols = torch.tensor([1, 0, 0, 2, 4, 1])
adj = torch.sparse_coo_tensor(torch.stack([rows, cols]), torch.ones(6), (n, n)).coalesce()
degrees = torch.sparse.sum(adj, dim=1).to_dense()
spread = torch.sparse.mm(adj, torch.randn(n, 4))
weights = torch.sparse.softmax(adj, dim=1)
"""


def test_sparse_functions_keep_their_shapes(monkeypatch):
    found, truth = hints_and_truth(GRAPH, monkeypatch)
    assert found.get("degrees") == truth["degrees"] == "[6]"
    assert found.get("spread") == truth["spread"] == "[6, 4]"
    assert found.get("weights") == truth["weights"] == "[6, 6]"
