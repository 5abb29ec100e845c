"""Engine tests: `iter(x)` or `len(x)` alone in a `try` body, on a number or None, surely raises TypeError: the
body ends there and the handler catching TypeError runs (type_probes), so a helper that spreads one number over
several layers gives its tuple. Truths come from running the program."""

from engine_support import hints_and_truth

SPREAD_NUMBERS = """
import torch
import torch.nn as nn


def per_layer(value, count):
    try:
        iter(value)
        return value
    except TypeError:
        return (value,) * count


def counted(value):
    try:
        len(value)
    except (ValueError, TypeError):
        value = [value, value + 1]
    return value


widths = per_layer(3, 2)
layers = [nn.Conv2d(4, 4, (width, 1)) for width in widths]
grid = torch.zeros(2, 4, 9, 1)
first = layers[0](grid)
kernel = torch.zeros(widths)
pair = torch.zeros(counted(2))
missing = torch.zeros(len(per_layer(None, 2)), 3)
"""


def test_a_number_probed_with_iter_or_len_goes_to_the_type_error_handler(monkeypatch):
    found, truth = hints_and_truth(SPREAD_NUMBERS, monkeypatch)
    for name in ("first", "kernel", "pair", "missing"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
