"""Unit tests: `[a] + xs + [b]` with `xs` of unknown length still starts with `a` (and with the known first items
of `xs` after a list of known items)."""

import pytest
from engine_support import hints_and_truth

BOUNDS = """
    import os
    import torch

    choice = len(os.environ.get("UNUSED", ""))
    splits = []
    if choice == 1:
        splits = [4, 5]
    elif choice == 2:
        splits = [6]
    bounds = [0] + splits + [100]
    rows = torch.zeros(bounds[0] + 3)
    sizes = [2, 7] + [3] * choice
    grid = torch.zeros(sizes[0], sizes[1])
"""


def test_the_first_items_of_a_concatenation_stay_known(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(BOUNDS, monkeypatch)
    assert {name: found.get(name) for name in ("rows", "grid")} == {name: truth[name] for name in ("rows", "grid")}
