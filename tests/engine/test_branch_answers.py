"""Unit tests: whether a branch surely raises is decided by its code alone, so it is worked out once per branch,
not on each of the many times a recursive search or a long loop runs it."""

from engine_support import agrees, hints_and_truth
from torch_lsp.analysis import raising_branches

SEARCH = """
import torch


def count_balanced(n, a, k=-1):
    if k == n - 1:
        return 1 if sum(a) == 0 else 0
    k += 1
    if sum(a) > 0:
        a[k] = 1
        total = count_balanced(n, a, k)
        a[k] = -1
        total += count_balanced(n, a, k)
    else:
        a[k] = 1
        total = count_balanced(n, a, k)
    a[k] = 0
    return total


found = count_balanced(6, [0] * 6)
table = torch.zeros(found, 3)
"""


def test_each_branch_is_asked_once_whether_it_raises(monkeypatch):
    asked = []
    leaves_early = raising_branches._leaves_early

    def counted(block):
        asked.append(block)
        return leaves_early(block)

    monkeypatch.setattr(raising_branches, "_leaves_early", counted)
    hints, truth = hints_and_truth(SEARCH, monkeypatch)
    assert truth["table"] == "[5, 3]" and hints.get("table") is not None and agrees(hints["table"], truth["table"])
    assert len(asked) == len({id(block[0]) for block in asked})
