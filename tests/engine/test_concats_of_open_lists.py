"""Engine tests: `torch.cat([x] + features, dim)` where `features` is a list of unknown length whose items the
engine does not know: torch requires them to have x's rank and sizes but along `dim`, so the result is x's shape with
an unknown size along `dim` (partial_concats). Truths come from running each program."""

from engine_support import agrees, hints_and_truth

OPEN_LIST = """
import pickle
import torch

dense = torch.zeros(4, 3)
sparse = list(pickle.loads(pickle.dumps([torch.zeros(4, 2), torch.zeros(4, 2)])))
joined = torch.cat([dense] + sparse, dim=1)
"""


def test_a_cat_of_known_then_unknown_tensors_keeps_the_known_sizes(monkeypatch):
    found, truth = hints_and_truth(OPEN_LIST, monkeypatch)
    assert truth["joined"] == "[4, 7]" and found.get("joined") == "[4, ?]" and agrees(found["joined"], truth["joined"])
