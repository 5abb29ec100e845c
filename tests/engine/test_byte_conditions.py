"""Engine tests: `torch.where` and `Tensor.where` with a uint8 condition (a legacy byte mask) run as eager torch runs
them, reading the condition as bool, although torch's meta kernel rejects it. Truths come from running each
program."""

import pytest
from engine_support import hints_and_truth

BYTE_MASKED_SCORES = """
import torch

def normalizer(emissions, mask, transitions):
    score = emissions[0]
    for i in range(1, emissions.size(0)):
        next_score = torch.logsumexp(score.unsqueeze(2) + transitions, dim=1)
        score = torch.where(mask[i].unsqueeze(1), next_score, score)
    return score

emissions = torch.randn(3, 2, 5)
mask = torch.tensor([[1, 1], [1, 1], [1, 0]], dtype=torch.uint8)
score = normalizer(emissions, mask, torch.randn(5, 5))
kept = emissions[0].where(mask[1].unsqueeze(1), 0.0)
picked = torch.where(mask, 1.0, 0.0)
"""

SYMBOLIC_BATCH = """
import sys
import torch

batch = int(sys.argv[1]) if len(sys.argv) > 1 else 4
mask = torch.ones(batch, 1, dtype=torch.uint8)
score = torch.where(mask, torch.randn(batch, 6), torch.zeros(batch, 6))
"""


@pytest.mark.filterwarnings("ignore:where received a uint8 condition")
def test_a_byte_condition_selects_like_a_bool_one(monkeypatch):
    found, truth = hints_and_truth(BYTE_MASKED_SCORES, monkeypatch)
    for name in ("score", "kept", "picked"):
        assert found[name] == truth[name], name
    assert found["next_score"] == truth["score"]


@pytest.mark.filterwarnings("ignore:where received a uint8 condition")
def test_a_byte_condition_keeps_a_symbolic_batch(monkeypatch):
    found, truth = hints_and_truth(SYMBOLIC_BATCH, monkeypatch)
    assert truth["score"] == "[4, 6]"
    assert found["score"] == "[batch, 6]"
