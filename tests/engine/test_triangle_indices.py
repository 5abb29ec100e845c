"""Unit tests: `torch.triu_indices` / `torch.tril_indices` of sizes the engine does not know make a `[2, N]`
tensor."""

from engine_support import agrees, hints_and_truth

UNSEEN_SIZES = """
import pickle

import torch

n = pickle.loads(pickle.dumps(5))
upper = torch.triu_indices(n, n, offset=1)
lower = torch.tril_indices(n, 4)
scores = pickle.loads(pickle.dumps(torch.zeros(2, 6, 7)))
h, w = scores.size(-2), scores.size(-1)
masked = torch.triu_indices(h, w, offset=0 if n > 9 else 1)
known = torch.triu_indices(4, 4)
"""


def test_a_triangle_of_unknown_sizes_has_two_rows_of_indices(monkeypatch):
    found, truth = hints_and_truth(UNSEEN_SIZES, monkeypatch)
    for name in ("upper", "lower", "masked"):
        assert found.get(name) == "[2, ?]" and agrees(found[name], truth[name]), name
    assert found["known"] == truth["known"] == "[2, 10]"
