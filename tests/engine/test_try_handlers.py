"""Unit tests: after `try` / `except`, a run that did not raise keeps what the body gave; a handler's values join
it instead of replacing it (an optional import's flag stays possibly true, so its branch stays possible)."""

from engine_support import hints_and_truth

OPTIONAL_IMPORT = """
import torch

try:
    from torch.nn.functional import scaled_dot_product_attention

    AVAILABLE = True
except ImportError:
    scaled_dot_product_attention = None
    AVAILABLE = False

q = torch.randn(2, 4, 6, 8)
if AVAILABLE:
    scores = None
    out = scaled_dot_product_attention(q, q, q)
else:
    scores = q @ q.transpose(-1, -2)
    out = scores.softmax(-1) @ q
weights = scores
try:
    rows = 5
except ValueError:
    raise
grid = torch.zeros(rows, 3)
"""


def test_a_handler_joins_the_body_it_does_not_replace(monkeypatch):
    found, truth = hints_and_truth(OPTIONAL_IMPORT, monkeypatch)
    assert "weights" not in truth and "weights" not in found  # None at run time: a tensor hint would be wrong
    assert found["out"] == truth["out"]
    assert found["grid"] == truth["grid"]
