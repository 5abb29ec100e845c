"""A call that meta runs but a small real probe refuses is a shape error only where the other filling of the probes
refuses it too: `lu_solve` checks that the pivots are at least 1, which probes of zeros are not, though every pivot
`lu_factor` gives is (truths and the clean run from executing)."""

import textwrap

import torch
from engine_support import hints_and_truth, raising_line
from torch_lsp.analysis.engine import analyse

FACTORED = """
import torch

Q = torch.randn(4, 5, 5)
Q = Q @ Q.transpose(1, 2) + torch.eye(5)
factors = torch.linalg.lu_factor(Q)
rhs = torch.randn(4, 5, 1)
solved = torch.linalg.lu_solve(*factors, rhs).squeeze(2)
"""


def test_pivots_of_zeros_are_not_a_shape_error(monkeypatch):
    found, truth = hints_and_truth(FACTORED, monkeypatch)
    assert raising_line(FACTORED, monkeypatch) == 0
    assert found["solved"] == truth["solved"] == "[4, 5]"
    assert analyse(textwrap.dedent(FACTORED), torch, "cpu", 4096, 30.0).issues == []
