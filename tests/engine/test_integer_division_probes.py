"""Integer division by a tensor whose contents the engine does not know is never an error: the probes are filled
with zeros, the user's divisors need not be."""

import textwrap

import torch
from engine_support import agrees, hints_and_truth, raising_line
from torch_lsp.analysis.engine import analyse

SOURCE = """
import torch

depth = 5
codes = torch.arange(2**depth)
powers = 2 ** torch.arange(depth)
bits = codes.view(1, -1) // powers.view(-1, 1) % 2
counts = torch.randint(1, 4, (6,))
totals = torch.arange(18).view(3, 6)
shares = torch.div(totals, counts, rounding_mode="floor")
left = torch.remainder(totals, counts)
"""


def test_integer_division_by_unknown_contents_is_no_error(monkeypatch):
    assert raising_line(SOURCE, monkeypatch) == 0
    assert analyse(textwrap.dedent(SOURCE), torch, "cpu", 4096, 30.0).issues == []


def test_its_results_keep_their_shapes(monkeypatch):
    hints, truth = hints_and_truth(SOURCE, monkeypatch)
    assert [hints.get(name) for name in ("bits", "shares", "left")] == ["[5, 32]", "[3, 6]", "[3, 6]"]
    assert all(agrees(hints.get(name), shape) for name, shape in truth.items())
