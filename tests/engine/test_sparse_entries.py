"""Engine tests: how many entries a sparse tensor stores is data (coalescing merges duplicate indices), so what
reads them (`indices()`, `values()`, `_indices()`, `_values()`) never takes its count from a probe, which stores
none: the count is shown as `?`; the sparse tensor's own shape still is hinted. Truths come from running the program."""

from engine_support import agrees, hints_and_truth

PROGRAM = """
import torch

edges = torch.randint(0, 50, (2, 300))
adjacency = torch.sparse_coo_tensor(edges, torch.ones(edges.shape[1]), (50, 50))
merged = adjacency.coalesce()
indices = merged.indices()
row, col = indices
weights = merged.values()
raw_indices = adjacency._indices()
raw_weights = adjacency._values()
dense = merged.to_dense()
"""


def test_stored_entries_are_not_counted_from_probes(monkeypatch):
    found, truth = hints_and_truth(PROGRAM, monkeypatch)
    for name in ("indices", "row", "col", "weights", "raw_indices", "raw_weights"):
        assert name in truth and "?" in found.get(name, "?") and agrees(found.get(name), truth[name]), name
    assert found["merged"] == truth["merged"] and found["dense"] == truth["dense"]
