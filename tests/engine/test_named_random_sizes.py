"""Engine tests: a `np.random` sampler's size given by a variable the engine knows only as an int (`size=(n, 4)`)
is the size named after that variable, as a torch factory's is (overlays/numpy_model): an embedding table given
weights drawn for its `n` rows keeps its shape, and a list of such tables built in a loop stays a stack of them.
Truths come from running each program."""

from engine_support import hints_and_truth

DRAWN_TABLES = """
import os
import numpy as np
import torch
import torch.nn as nn

rows = np.random.randint(2, 9, size=int(os.environ.get("TABLES", "3")))
tables = nn.ModuleList()
for i in range(rows.size):
    n = rows[i]
    table = nn.EmbeddingBag(n, 4, mode="sum")
    table.weight.data = torch.tensor(np.random.uniform(low=-0.1, high=0.1, size=(n, 4)).astype(np.float32))
    tables.append(table)
pooled = tables[0](torch.tensor([0, 1, 1]), torch.tensor([0, 2]))
"""


def test_weights_drawn_for_a_named_size_keep_the_table(monkeypatch):
    found, truth = hints_and_truth(DRAWN_TABLES, monkeypatch)
    assert found.get("pooled") == truth["pooled"] == "[2, 4]"
