"""A call site where one call surely raised stays an error when a later call there, with other arguments, only may
raise: the program raises at the first one."""

import textwrap

import torch
from engine_support import raising_line
from torch_lsp.analysis.engine import analyse

SOURCE = """
import pickle
import torch
from torch import nn

norm = nn.BatchNorm2d(32)


def residual(out, skip):
    return norm(out) + norm(skip)


first = residual(torch.zeros(2, 32, 16, 16), torch.zeros(2, 32, 8, 8))
restored = pickle.loads(pickle.dumps(torch.zeros(2, 32, 8, 8)))
later = residual(restored, torch.zeros(2, 32, 8, 8))
"""


def test_a_surely_raising_call_is_not_hidden_by_a_later_one_that_may_not(monkeypatch):
    line = raising_line(SOURCE, monkeypatch)
    issues = analyse(textwrap.dedent(SOURCE), torch, "cpu", 4096, 30.0).issues
    assert [(issue.line + 1, issue.sure) for issue in issues] == [(line, True)]
