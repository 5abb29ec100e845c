"""Engine tests: `contextlib.contextmanager` functions, outside a class or static methods: `with f(...) as v` binds
what the generator yields."""

import pytest
from engine_support import hints_and_truth

YIELDED_CONTEXTS = """
    import contextlib
    from contextlib import contextmanager

    import torch

    class Scaler:
        @staticmethod
        @contextlib.contextmanager
        def scaled(loss, factor):
            yield loss * factor

    @contextmanager
    def batched(rows):
        stacked = torch.stack(rows)
        try:
            yield stacked
        finally:
            rows.clear()

    loss = torch.randn(4, 3).sum(1)
    with Scaler.scaled(loss, 2.0) as scaled:
        doubled = scaled * 2
    with batched([torch.zeros(5), torch.ones(5)]) as batch:
        first = batch[0]
"""


def test_contextmanager_functions_enter_with_what_they_yield(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(YIELDED_CONTEXTS, monkeypatch)
    assert set(truth) == {"loss", "scaled", "doubled", "batch", "first"}
    assert {name: found.get(name) for name in truth} == truth
