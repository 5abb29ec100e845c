"""Engine tests: a layer whose input size is unknown (built as its lazy counterpart, see lazy_layers) takes that
size from its input even where the input's size is one the engine knows nothing of, and its other unknown sizes
(`int(sizes[1])`) are sizes without a probe value, as every layer's: calling it gives its output shape. Truths come
from running each program."""

from engine_support import agrees, hints_and_truth

UNKNOWN_SIZES = """
import os
import torch
import torch.nn as nn

sizes = [int(size) for size in os.environ.get("SIZES", "6-4").split("-")]
features = torch.zeros(2, sizes[0])
scores = nn.Linear(int(sizes[0]), 5)(features)
hidden = nn.Linear(int(sizes[0]), int(sizes[1]))(features)
"""


def test_a_lazy_layer_takes_an_unknown_size_from_its_input(monkeypatch):
    found, truth = hints_and_truth(UNKNOWN_SIZES, monkeypatch)
    assert found["scores"] == truth["scores"] == "[2, 5]"


def test_a_lazy_layer_of_an_unknown_output_size_keeps_the_batch(monkeypatch):
    found, truth = hints_and_truth(UNKNOWN_SIZES, monkeypatch)
    assert "hidden" in found and agrees(found["hidden"], truth["hidden"]) and found["hidden"].startswith("[2, ")
