"""Unit tests: a boolean mask indexes as many dimensions as it has, and torch raises an IndexError, on a read or a
write, when one of its sizes is not the size of the dimension it indexes."""

import pytest
from engine_support import agrees, hints_and_truth, reported_and_raising

FITTING = """
    import torch
    x = torch.zeros(4, 10, 6)
    rows = torch.rand(10) > 0.5
    cells = torch.rand(4, 10) > 0.5
    picked = x[:, rows]
    last = x[..., rows[:6]]
    flat = x[cells]
    column = x[cells, 1]
    x[cells, 2] = 1.0
"""

READ = """
    import torch
    scores = torch.zeros(1008, 6)
    matched = torch.randint(-1, 3, (3024,))
    foreground = matched >= 0
    chosen = scores[foreground]
"""

WRITTEN = """
    import torch
    targets = torch.zeros(1008, 6)
    matched = torch.randint(-1, 3, (3024,))
    targets[matched >= 0, 1] = 1.0
"""


def test_masks_that_fit_index_their_dimensions(monkeypatch: pytest.MonkeyPatch) -> None:
    hints, truth = hints_and_truth(FITTING, monkeypatch)
    assert {"picked", "last", "flat", "column"} <= set(hints), hints
    assert all(agrees(hints[name], truth[name]) for name in hints), (hints, truth)
    reported, raising = reported_and_raising(FITTING, monkeypatch)
    assert reported == [] and raising == 0


@pytest.mark.parametrize("program", [READ, WRITTEN])
def test_a_mask_of_another_size_raises_where_it_indexes(program: str, monkeypatch: pytest.MonkeyPatch) -> None:
    reported, raising = reported_and_raising(program, monkeypatch)
    assert raising and [line for line, _ in reported] == [raising], (reported, raising)
