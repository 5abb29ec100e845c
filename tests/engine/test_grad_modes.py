"""Unit tests: ops run in the grad mode the code sets (`with torch.no_grad():`, `@torch.no_grad()`,
`torch.set_grad_enabled(False)`), so an in-place op on a leaf that requires grad is an error outside them only."""

import textwrap

import torch
from engine_support import raising_line
from torch_lsp.analysis.engine import analyse

ALLOWED = """
import torch
import torch.nn as nn


def clamped(image):
    image.requires_grad_(True)
    with torch.no_grad():
        image.clamp_(0, 1)
    return image


model = nn.Linear(128, 64)
average = nn.Linear(128, 64)


@torch.no_grad()
def update_average(decay=0.9):
    for mine, theirs in zip(average.parameters(), model.parameters()):
        mine.mul_(decay).add_(theirs, alpha=1 - decay)


def zeroed(layer):
    with torch.set_grad_enabled(False):
        layer.weight.zero_()


image = clamped(torch.rand(2, 3, 48, 48))
update_average()
zeroed(model)
"""

REFUSED = """
import torch


def clamped(image):
    image.requires_grad_(True)
    with torch.enable_grad():
        image.clamp_(0, 1)
    return image


image = clamped(torch.rand(2, 3, 48, 48))
"""


def test_an_in_place_op_on_a_leaf_is_allowed_where_grad_is_off(monkeypatch):
    analysis = analyse(textwrap.dedent(ALLOWED), torch, "cpu", 4096, 30.0)
    assert raising_line(ALLOWED, monkeypatch) == 0
    assert analysis.issues == []


def test_an_in_place_op_on_a_leaf_fails_where_grad_is_on(monkeypatch):
    analysis = analyse(textwrap.dedent(REFUSED), torch, "cpu", 4096, 30.0)
    line = raising_line(REFUSED, monkeypatch)
    assert line == 8
    assert [issue.line + 1 for issue in analysis.issues] == [line]
