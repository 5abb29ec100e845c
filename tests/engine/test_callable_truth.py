"""Unit tests: a `functools.partial` object and a bound method are true (neither defines `__bool__` nor `__len__`),
so `norm_layer = norm_layer or nn.BatchNorm2d` keeps the partial a caller passed."""

import pytest
from engine_support import hints_and_truth

DEFAULTED_CALLABLES = """
    from functools import partial
    import torch
    import torch.nn as nn
    norm_layer = partial(nn.BatchNorm2d, momentum=0.01)
    norm_layer = norm_layer or nn.BatchNorm2d
    normed = norm_layer(8)(torch.randn(2, 8, 4, 4))
    pool = nn.MaxPool2d(2)
    step = pool.forward if pool.forward else None
    pooled = step(normed)
"""


def test_partials_and_bound_methods_are_true(monkeypatch: pytest.MonkeyPatch) -> None:
    hints, truth = hints_and_truth(DEFAULTED_CALLABLES, monkeypatch)
    assert hints == truth, (hints, truth)
