"""Engine tests: a model chosen among several by an option, then wrapped (`nn.DataParallel`, `torch.compile`):
the wrapper keeps whichever model it was given, so its calls are the chosen model's. Truths come from running the
program."""

from engine_support import hints_and_truth

CHOSEN = """
import os
import torch
import torch.nn as nn


def small():
    return nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))


def wide():
    return nn.Sequential(nn.Linear(8, 64), nn.ReLU(), nn.Linear(64, 4))


arch = os.environ.get("UNUSED") or "small"
model = nn.DataParallel({"small": small, "wide": wide}[arch]())
logits = model(torch.randn(5, 8))
"""


def test_a_wrapper_keeps_a_model_chosen_among_several(monkeypatch):
    found, truth = hints_and_truth(CHOSEN, monkeypatch)
    assert found["logits"] == truth["logits"] == "[5, 4]"
