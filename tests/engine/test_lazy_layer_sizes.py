"""Engine tests: a layer built lazily (its input size unknown) keeps its other unknown sizes of no name
(`nn.Conv2d(cfg["c"], widths[0], 3)`) as sizes without a probe value, as it does those read by name: called on an
input whose channels are a symbol it then has a shape (it had none). Truths come from running each program."""

from engine_support import agrees, hints_and_truth

CONV = """
import json
import os

import torch
from torch import nn

cfg = json.loads(os.environ.get("CONFIG", '{"c": 3, "size": 16, "widths": [8, 16]}'))
widths = cfg["widths"]
conv = nn.Conv2d(cfg["c"], widths[0], kernel_size=3, padding=1)
x = torch.randn(4, cfg["c"], cfg["size"], cfg["size"])
y = conv(x)
z = conv(x) + y
small = torch.randn(4, cfg["c"], 10, 10)
pooled = conv(small)
"""


def test_lazy_layer_of_an_unnamed_width_on_symbolic_channels(monkeypatch):
    found, truth = hints_and_truth(CONV, monkeypatch)
    assert truth["y"] == truth["z"] == "[4, 8, 16, 16]"
    assert found["y"] == found["z"] == "[4, ?, size, size]"
    assert found["pooled"] == "[4, ?, 10, 10]" and agrees(found["pooled"], truth["pooled"])
