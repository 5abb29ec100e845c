"""Unit tests: torch takes every symbolic size to be at least 2, so broadcasting would equate a size that may be 1 at
run time (a size nothing tells, a last batch of at most N) with the other operand's; the engine keeps them apart."""

import textwrap

import pytest
from engine_support import agrees, hints_and_truth

SIZES_NOTHING_TELLS = """
    import os
    import torch
    rows = int(os.environ.get("ROWS", "5"))
    width = int(os.environ.get("WIDTH", "1"))
    scale = torch.ones(1, width, 1)
    grid = torch.randn(2, rows * 4, 3)
    scaled = scale * grid
    column = torch.ones(width)
    line = torch.randn(rows)
    summed = column + line
"""

BROADCASTING_FUNCTIONS = """
    import os
    import torch
    rows = int(os.environ.get("ROWS", "5"))
    width = int(os.environ.get("WIDTH", "1"))
    scale = torch.ones(1, width, 1)
    grid = torch.randn(2, rows * 4, 3)
    added = torch.add(scale, grid)
    multiplied = scale.mul(grid)
    chosen = torch.where(grid > 0, scale, grid)
    largest = torch.maximum(scale, grid)
    filled = grid.masked_fill(scale > 0, 0.0)
    column = torch.ones(width)
    line = torch.randn(rows)
    summed = torch.sub(column, line)
    table = torch.randn(2, 20, 3)
    shifted = torch.add(table, scale)
    table.add_(scale)
    table += scale
    grown = table
"""


@pytest.mark.parametrize(
    ("program", "hinted"),
    [(SIZES_NOTHING_TELLS, {"scaled", "summed"}), (BROADCASTING_FUNCTIONS, {"added", "summed", "shifted", "grown"})],
    ids=["operators", "functions"],
)
def test_a_size_that_may_be_one_is_not_equated_by_broadcasting(
    program: str, hinted: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    hints, truth = hints_and_truth(program, monkeypatch)
    names: dict[str, object] = {}
    exec(textwrap.dedent(program), names)
    for name, hint in hints.items():
        assert agrees(hint, truth[name]), (name, hint, truth[name])
        for size, real in zip(hint.strip("[]").split(", "), truth[name].strip("[]").split(", "), strict=True):
            assert names.get(size, int(real)) == int(real), (name, hint, truth[name])  # a size named after an int
    assert hinted <= set(hints), hints
