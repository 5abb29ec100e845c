"""Engine tests: a group norm layer on an input whose channels are a size without a value (a width read from a
config, or one nothing names) keeps the input's shape: torch's checks that the groups divide the channels cannot
be decided on such a size, and none of them decides the shape (it had none). Truths come from running each
program."""

from engine_support import agrees, hints_and_truth

NORMS = """
import json
import os

import torch
from torch import nn

cfg = json.loads(os.environ.get("CONFIG", '{"width": 16, "widths": [8, 16]}'))
widths = cfg["widths"]
x = torch.randn(4, cfg["width"], 10, 10)
norm = nn.GroupNorm(4, cfg["width"])
y = norm(x)
conv = nn.Conv2d(3, widths[0], 3, padding=1)
h = conv(torch.randn(2, 3, 12, 12))
n = nn.GroupNorm(2, widths[0])(h)
sequence = nn.GroupNorm(4, cfg["width"]).eval()(torch.randn(5, cfg["width"], 7))
"""


def test_group_norm_on_symbolic_channels_keeps_the_input_shape(monkeypatch):
    found, truth = hints_and_truth(NORMS, monkeypatch)
    assert truth["y"] == "[4, 16, 10, 10]" and found["y"] == "[4, width, 10, 10]"
    assert truth["n"] == "[2, 8, 12, 12]" and found["n"] == "[2, ?, 12, 12]" and agrees(found["n"], truth["n"])
    assert truth["sequence"] == "[5, 16, 7]" and found["sequence"] == "[5, width, 7]"


WRONG_RANK = """
import json
import os

import torch
from torch import nn

cfg = json.loads(os.environ.get("CONFIG", '{"width": 16}'))
norm = nn.GroupNorm(4, cfg["width"])
try:
    y = norm(torch.randn(cfg["width"]))
except (RuntimeError, ValueError, IndexError):
    pass
"""


def test_group_norm_on_a_one_dimensional_input_gets_no_shape(monkeypatch):
    found, truth = hints_and_truth(WRONG_RANK, monkeypatch)
    assert "y" not in truth and "y" not in found
