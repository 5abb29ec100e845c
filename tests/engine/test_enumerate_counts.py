"""Engine tests: `enumerate(items)` yields as many pairs as `items` has items, so a comprehension over it
(`[emb(x[:, i]) for i, emb in enumerate(self.embeddings)]` over more layers than a loop is unrolled into) makes a
list of that many items, and what concatenates them has the sum of their sizes. Truths come from running it."""

from engine_support import hints_and_truth

FIELDS = """
import torch
import torch.nn as nn

embeddings = nn.ModuleList([nn.Embedding(10 + i, 4) for i in range(39)])
xi = torch.randint(0, 10, (6, 39))
columns = [emb(xi[:, i]) for i, emb in enumerate(embeddings)]
joined = torch.cat(columns, 1)
stacked = torch.stack([row.sum(0) for _, row in enumerate(torch.randn(30, 5))])
"""


def test_a_comprehension_over_enumerate_has_as_many_items(monkeypatch):
    found, truth = hints_and_truth(FIELDS, monkeypatch)
    assert found["joined"] == truth["joined"] == "[6, 156]"
    assert found["stacked"] == truth["stacked"] == "[30]"
