"""A `functools.partial` of a user function handed to `map` is called by the engine on every item, as the
function itself is: what was inferred inside the function stands (it had escaped, as if `map` were code the
engine does not follow). Truths from the run."""

from engine_support import hints_and_truth

MAPPED = """
from functools import partial

import torch


def kernel(t, scale):
    projected = t * scale
    return projected


q = torch.zeros(2, 5, 8)
k = torch.zeros(2, 5, 8)
qk, kk = map(partial(kernel, scale=2.0), (q, k))
"""


def test_a_partial_mapped_keeps_its_function_hints(monkeypatch):
    found, truth = hints_and_truth(MAPPED, monkeypatch)
    assert found["projected"] == found["qk"] == truth["qk"] == truth["kk"] == "[2, 5, 8]"
