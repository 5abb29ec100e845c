"""Engine tests: a numpy integer (a 0-d integer array: an item of an int array) is an int where torch or numpy read
a size (`nn.EmbeddingBag(rows[0], 4)`, `np.random.uniform(size=(rows[0], 4))`), as Python reads it through
`__index__` (overlays/numpy_model). Truths come from running each program."""

from engine_support import agrees, hints_and_truth

ITEM_SIZES = """
import argparse
import numpy as np
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--rows", type=str, default="5-6-7")
rows = np.fromstring(parser.parse_args().rows, dtype=int, sep="-")
table = nn.EmbeddingBag(rows[0], 4, mode="sum")
pooled = table(torch.tensor([0, 1, 1]), torch.tensor([0, 2]))
weights = torch.from_numpy(np.random.uniform(-0.1, 0.1, size=(rows[0], 4)))
"""


def test_an_item_of_an_int_array_is_a_size(monkeypatch):
    found, truth = hints_and_truth(ITEM_SIZES, monkeypatch)
    assert found.get("pooled") == truth["pooled"] == "[2, 4]"
    assert found.get("weights", "").endswith(", 4]") and agrees(found["weights"], truth["weights"])
