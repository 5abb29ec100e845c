"""Engine tests: comparisons of known dtypes (`==`, `is`, `in` a list of them) are decided, so a branch on a tensor's
dtype runs only where it is taken. Truths come from running the snippet."""

import textwrap

import torch
from engine_support import hints_and_truth, raising_line
from torch_lsp.analysis.engine import analyse

BRANCHES = """
import torch

steps = torch.tensor([3, 5])
table = torch.randn(10, 8)
if steps.dtype in [torch.int32, torch.int64]:
    picked = table[steps]
else:
    low = table[steps.floor().long()]
    picked = low * (steps - steps.floor())
halves = torch.zeros(4, dtype=torch.float16)
if halves.dtype is torch.float16 and halves.dtype != torch.float32:
    widened = halves.float().repeat(2)
else:
    widened = halves
"""


def test_a_branch_on_a_known_dtype_runs_only_where_it_is_taken(monkeypatch):
    found, truth = hints_and_truth(BRANCHES, monkeypatch)
    assert raising_line(BRANCHES, monkeypatch) == 0
    assert found["picked"] == truth["picked"] == "[2, 8]"
    assert found["widened"] == truth["widened"] == "[8]"
    assert analyse(textwrap.dedent(BRANCHES), torch, "cpu", 4096, 30.0).issues == []
