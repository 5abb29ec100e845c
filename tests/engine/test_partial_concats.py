"""Unit tests: `torch.cat` of tensors some of which are not known (read from data the engine cannot see) has the
known tensors' sizes in every dimension but the one joined along, and a floating dtype that may be wider."""

from engine_support import hints_and_truth

JOINED = """
import pickle
import torch

frames = pickle.loads(pickle.dumps(torch.randn(4, 5, 3, dtype=torch.float64)))
state = torch.zeros(4, 5, 7)
joined = torch.cat((frames, state), dim=-1)
steps = pickle.loads(pickle.dumps(torch.randn(4, 2, 7)))
rows = torch.cat([state, steps, state], 1)
pooled = torch.einsum("bnc,bmc->bnm", joined, joined).mean(dim=0)
"""

NOT_JOINED = """
import pickle
import torch

flat = pickle.loads(pickle.dumps(torch.randn(4, 5, 3)))
empty = torch.zeros(0)
legacy = torch.cat((flat, empty))
counts = torch.zeros(4, 5, dtype=torch.long)
unknown_dtype = torch.cat((pickle.loads(pickle.dumps(torch.randn(4, 5))), counts), dim=1)
"""


def test_a_join_with_an_unknown_tensor_keeps_the_other_sizes(monkeypatch):
    found, truth = hints_and_truth(JOINED, monkeypatch)
    assert found["joined"] == "[4, 5, ?]" and truth["joined"] == "[4, 5, 10]"
    assert found["rows"] == "[4, ?, 7]" and truth["rows"] == "[4, 12, 7]"
    assert found["pooled"] == truth["pooled"] == "[5, 5]"


def test_a_tensor_that_may_be_skipped_or_is_not_floating_leaves_the_join_unknown(monkeypatch):
    found, truth = hints_and_truth(NOT_JOINED, monkeypatch)
    assert truth["legacy"] == "[4, 5, 3]" and "legacy" not in found
    assert truth["unknown_dtype"] == "[4, 10]" and "unknown_dtype" not in found
