"""Engine tests: the builtin name `Ellipsis` is the `...` constant, so an index tuple built with it (often from a
repeated `(None,)` prefix, to broadcast over a rank the code computes) selects as `...` does. Truths come from
running each program."""

from engine_support import hints_and_truth

BROADCAST_SCALES = """
import torch


def encode(x, bands):
    x = x.unsqueeze(-1)
    scales = torch.linspace(1.0, 4.0, bands)
    scales = scales[(*((None,) * (len(x.shape) - 1)), Ellipsis)]
    return torch.cat([(x * scales).sin(), x], dim=-1)


grid = encode(torch.randn(5, 7, 2), 3)
tail = torch.randn(2, 3, 4)[Ellipsis, 1]
head = torch.randn(2, 3, 4)[0, Ellipsis]
"""


def test_ellipsis_name_indexes_as_the_literal(monkeypatch):
    found, truth = hints_and_truth(BROADCAST_SCALES, monkeypatch)
    assert found["grid"] == truth["grid"] == "[5, 7, 2, 4]"
    assert found["tail"] == truth["tail"] == "[2, 3]"
    assert found["head"] == truth["head"] == "[3, 4]"
