"""Engine tests: `s.indices()` and `s.values()` of a COO tensor hold as many entries as it stores, a count the
data decides: one int of its own per tensor, so that the entries of one tensor fit together again
(`torch.sparse_coo_tensor(s.indices(), w * s.values(), size)`), while the count itself stays unknown. Truths come
from running each program."""

from engine_support import agrees, hints_and_truth

NORMALISED = """
import torch

n = 6
rows = torch.tensor([0, 1, 1, 3, 5, 0])
cols = torch.tensor([1, 0, 0, 2, 4, 1])
adj = torch.sparse_coo_tensor(torch.stack([rows, cols]), torch.ones(6), (n, n)).coalesce()
ones = torch.sparse_coo_tensor(adj.indices(), torch.ones(adj.values().shape[0]), (n, n)).coalesce()
index = ones.indices()
scale = torch.rand(n)
values = scale[index[0]] * ones.values() * scale[index[1]]
graph = torch.sparse_coo_tensor(index, values, (n, n))
"""


def test_the_entries_of_one_tensor_fit_together(monkeypatch):
    found, truth = hints_and_truth(NORMALISED, monkeypatch)
    assert found.get("ones") == truth["ones"] == "[6, 6]"
    assert found.get("graph") == truth["graph"] == "[6, 6]"


def test_the_count_of_entries_stays_unknown(monkeypatch):
    found, truth = hints_and_truth(NORMALISED, monkeypatch)
    assert found.get("index") == "[2, ?]" and agrees(found["index"], truth["index"])
    assert found.get("values") == "[?]" and agrees(found["values"], truth["values"])
