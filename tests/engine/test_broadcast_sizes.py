"""A size an operand of an elementwise operator has as a number other than 1 is the result's size there, whichever
operand comes first: the other operand's size there is that number or 1, or the operator raises."""

from engine_support import hints_and_truth

PADDED = """
import torch


def aggregate(x, period):
    length = (40 // period + 1) * period
    padded = torch.zeros(8, length, 3)
    kept = padded[:, :40, :]
    weights = torch.randn(8, 40, 3)
    scaled = kept * weights
    shifted = kept + x
    masked = kept > x
    return scaled, shifted, masked


x = torch.randn(8, 40, 3)
period = int(torch.randint(2, 9, (1,)).item())
scaled, shifted, masked = aggregate(x, period)
"""


def test_a_known_size_wins_over_a_symbolic_one(monkeypatch):
    found, truth = hints_and_truth(PADDED, monkeypatch)
    for name in ("scaled", "shifted", "masked"):
        assert found[name] == truth[name]
