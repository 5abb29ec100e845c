"""Engine tests: a size the engine made for what it does not know (`?`, such as the join of two sizes) may be 1,
although torch's symbolic shapes take every size to be at least 2: squeezing it leaves the rank unknown. Truths
come from running the snippet."""

from engine_support import hints_and_truth

SQUEEZES = """
import os
import torch

if os.environ.get("WIDE"):
    scores = torch.randn(32, 17)
else:
    scores = torch.randn(32, 1)
values = torch.squeeze(scores, -1)
kept = torch.randn(32, 1).squeeze(-1)
"""


def test_squeezing_a_size_that_may_be_one_gives_no_rank(monkeypatch):
    found, truth = hints_and_truth(SQUEEZES, monkeypatch)
    assert truth["values"] == "[32]" and "values" not in found
    assert found["kept"] == truth["kept"] == "[32]"
