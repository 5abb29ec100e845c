"""Unit tests: `xs.sort(...)` of a list of known items puts them in order where every key is known, and otherwise
leaves as many items, no two known to hold equal sizes."""

import pytest
from engine_support import agrees, hints_and_truth

KNOWN_KEYS = """
    import torch
    xs = [torch.zeros(5), torch.zeros(3)]
    xs.sort(key=lambda t: t.shape[0])
    gap = torch.zeros(xs[1].shape[0] - xs[0].shape[0] + 10)
    joined = torch.cat(xs)
"""

UNKNOWN_KEYS = """
    import torch
    xs = [torch.zeros(5), torch.zeros(3)]
    xs.sort(key=lambda t: t.sum())
    gap = torch.zeros(xs[1].shape[0] - xs[0].shape[0] + 10)
"""


def test_a_sort_by_known_keys_orders_the_items(monkeypatch: pytest.MonkeyPatch) -> None:
    hints, truth = hints_and_truth(KNOWN_KEYS, monkeypatch)
    assert hints == truth, (hints, truth)


def test_a_sort_by_unknown_keys_claims_no_two_items_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    hints, truth = hints_and_truth(UNKNOWN_KEYS, monkeypatch)
    assert agrees(hints.get("gap"), truth["gap"]), (hints.get("gap"), truth["gap"])
