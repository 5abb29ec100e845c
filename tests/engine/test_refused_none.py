"""Engine tests: a torch call given a value that may be None where torch's argument parser refuses None returns
only with the other value (refused_none); where torch takes None (softmax's `dim`), the result stays unknown.
Truths come from running each program."""

from engine_support import hints_and_truth

PADDED = """
import os
import torch
import torch.nn as nn
import torch.nn.functional as F

vocab = {"<pad>": 1}
for word in os.environ.get("WORDS", "a b").split():
    vocab.setdefault(word, len(vocab))
pad = vocab.get("<pad>")
rows = [torch.zeros(3, dtype=torch.long), torch.zeros(5, dtype=torch.long)]
padded = nn.utils.rnn.pad_sequence(rows, padding_value=pad)
filled = torch.full((2, 4), vocab.get("<pad>"))
scores = F.softmax(torch.zeros(2, 3), dim=vocab.get("<pad>"))
"""


def test_a_maybe_none_argument_torch_refuses_as_none_is_its_value(monkeypatch):
    found, truth = hints_and_truth(PADDED, monkeypatch)
    assert found["padded"] == truth["padded"] == "[5, 2]"
    assert found["filled"] == truth["filled"] == "[2, 4]"
    assert "scores" not in found  # softmax's dim may be None: torch picks one


CHOSEN = """
import torch
import torch.nn.functional as F

scores = torch.randn(4, 5)
chosen = scores if scores.abs().sum() >= 0 else None
probs = F.log_softmax(chosen, dim=1)
clipped = torch.clamp(chosen, min=0.0)
"""


def test_a_maybe_none_tensor_torch_cannot_take_as_none_is_its_value(monkeypatch):
    found, truth = hints_and_truth(CHOSEN, monkeypatch)
    assert "chosen" not in found  # may be None
    assert found["probs"] == truth["probs"] == "[4, 5]"  # log_softmax reads None.dim: AttributeError
    assert found["clipped"] == truth["clipped"] == "[4, 5]"  # no clamp overload takes None: TypeError


LISTED = """
import torch

first = torch.randn(3, 4)
kept = first if first.abs().sum() >= 0 else None
joined = torch.cat([kept, torch.zeros(2, 4)])
stacked = torch.stack((first, kept), dim=1)
"""


def test_a_listed_maybe_none_tensor_torch_refuses_as_none_is_its_value(monkeypatch):
    found, truth = hints_and_truth(LISTED, monkeypatch)
    assert found["joined"] == truth["joined"] == "[5, 4]"  # expected Tensor as element 0, but got NoneType
    assert found["stacked"] == truth["stacked"] == "[3, 2, 4]"
