"""Unit tests: the builtin `pow(base, exp)` is `base ** exp` for numbers and tensors alike; with a modulus it is
folded for known ints."""

from engine_support import hints_and_truth

POWERS = """
import torch

scales = [1.0, pow(2, 1 / 3.0), pow(2, 2 / 3.0)]
ratios = torch.tensor(scales)
levels = torch.zeros(pow(2, 3), pow(3, 2, 5))
squared = pow(torch.randn(3, 4), 2)
"""


def test_pow_of_two_numbers_is_their_power_and_of_a_tensor_its_power(monkeypatch):
    found, truth = hints_and_truth(POWERS, monkeypatch)
    for name in ("ratios", "levels", "squared"):
        assert found.get(name) == truth[name], name
