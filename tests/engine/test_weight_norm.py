"""Engine tests: `weight_norm` / `spectral_norm` of a layer keep its shapes; of a layer whose sizes are not known
(built lazily, its weight not made yet) the result is unknown, never an internal error. Truths come from running
the program."""

from engine_support import hints_and_truth

LAYERS = """
import os
import torch
import torch.nn as nn
from torch.nn.utils import weight_norm


def WNConv1d(*args, **kwargs):
    return weight_norm(nn.Conv1d(*args, **kwargs))


channels = [int(c) for c in os.environ.get("UNUSED", "8").split(",") if c] or [8]
known = WNConv1d(8, 16, kernel_size=3)(torch.randn(2, 8, 20))
unsized = WNConv1d(channels[0], 16, kernel_size=3)
signal = torch.randn(2, 8, 20)
"""


def test_reparametrized_layers_of_unknown_sizes_are_unknown(monkeypatch):
    found, truth = hints_and_truth(LAYERS, monkeypatch)
    assert found["known"] == truth["known"] and found["signal"] == truth["signal"]


REMOVED = """
import torch
import torch.nn as nn

layer = nn.utils.weight_norm(nn.Conv1d(3, 32, 1), name="weight")
plain = nn.utils.remove_weight_norm(layer)
unnormed = plain(torch.randn(2, 3, 7))
weight = plain.weight
spectral = nn.utils.remove_spectral_norm(nn.utils.spectral_norm(nn.Linear(5, 4)))
projected = spectral(torch.randn(6, 5))
"""


def test_removing_a_reparametrization_keeps_the_layer(monkeypatch):
    found, truth = hints_and_truth(REMOVED, monkeypatch)
    for name in ("unnormed", "weight", "projected"):
        assert found[name] == truth[name], name
