"""Unit tests: an op given `out=` writes its result there, resizing the tensor to the result's sizes; the tensor
passed neither decides nor pins those sizes."""

import pytest
from engine_support import agrees, hints_and_truth

WRITTEN_TO_OTHER_SIZES = """
    import os
    import torch
    width = int(os.environ.get("WIDTH", "1"))
    rows = torch.randn(width, 4)
    bias = torch.randn(4)
    written = torch.empty(3, 4)
    summed = torch.add(rows, bias, out=written)
    after = written
    table = torch.randn(3, 4)
    square = torch.empty(2, 2)
    torch.mm(table, table.t(), out=square)
    product = square
    counts = torch.empty(0, dtype=torch.float64)
    torch.sum(table, dim=1, out=counts)
    totals = counts
"""


def test_out_takes_the_results_sizes(monkeypatch: pytest.MonkeyPatch) -> None:
    hints, truth = hints_and_truth(WRITTEN_TO_OTHER_SIZES, monkeypatch)
    for name in ("rows", "summed", "after", "product", "totals"):  # the others' runs end resized
        assert agrees(hints[name], truth[name]), (name, hints[name], truth[name])
    assert hints["summed"] == hints["after"] == "[width, 4]", hints
    assert hints["product"] == truth["product"] and hints["totals"] == truth["totals"], hints
