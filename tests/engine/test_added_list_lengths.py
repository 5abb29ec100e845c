"""Unit tests: `a + b` of lists whose lengths are known (ints or sizes) is as long as both together, and a slice of
the whole list (`xs[::-1]`, `xs[:]`) as long as the list."""

import pytest
from engine_support import agrees, hints_and_truth

PALINDROMES = """
    import random
    import torch
    count = random.randint(2, 5)
    half = random.choices([0, 1, 2, 3, 4], k=count)
    pattern = half + half[::-1]
    codes = torch.tensor(pattern)
    doubled = torch.zeros(len(pattern) - 2 * len(half[:]) + 3)
    rows = torch.tensor([[0, 1, 2] for _ in half] + [[1, 1, 1]])
"""


def test_added_lists_are_as_long_as_both(monkeypatch: pytest.MonkeyPatch) -> None:
    hints, truth = hints_and_truth(PALINDROMES, monkeypatch)
    assert hints["doubled"] == truth["doubled"] and "?" not in hints["codes"] + hints["rows"], (hints, truth)
    assert all(agrees(hints[name], truth[name]) for name in hints), (hints, truth)
