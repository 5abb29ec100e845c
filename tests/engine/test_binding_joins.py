"""Engine tests: a function called with an int tensor from one site and a float tensor from another shows, in its
body, the sizes both calls agree on (its dtype not known), where the join of the two tensors the program holds
gives up. Truths come from running the program."""

from engine_support import hints_and_truth

CALLERS = """
import torch


def spread(mask, classes):
    column = mask[:, None]
    wide = column.repeat(1, classes)
    return -1 * (1 - wide)


trained = spread(torch.bernoulli(torch.full((6,), 0.1)), 4)
sampled = spread(torch.zeros(6, dtype=torch.long), 4)
"""


def test_a_body_called_with_int_and_float_tensors_shows_their_sizes(monkeypatch):
    found, truth = hints_and_truth(CALLERS, monkeypatch)
    assert found["wide"] == truth["trained"] == truth["sampled"] == "[6, 4]"
    assert found["column"] == "[6, 1]"
