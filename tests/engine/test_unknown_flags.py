"""Engine tests: a torch layer built with a bool argument known only to be True or False (set on one path to True,
on another to False) stands for the layers built with each value, so its output keeps the shape they share.
Truths come from running the program."""

from engine_support import hints_and_truth

TRY_FLAG = """
import torch
import torch.nn as nn

blocks = [{"filters": "16", "batch_normalize": "1"}, {"filters": "16"}]
x = torch.rand(2, 3, 8, 8)
for block in blocks:
    try:
        batch_normalize = int(block["batch_normalize"])
        bias = False
    except KeyError:
        batch_normalize = 0
        bias = True
conv = nn.Conv2d(3, 16, 3, 1, 1, bias=bias)
y = conv(x)
"""

OPTION_FLAGS = """
import os
import torch
import torch.nn as nn

bias, affine = True, True
if os.environ.get("UNUSED_BIAS"):
    bias = False
if os.environ.get("UNUSED_AFFINE"):
    affine = False
layer = nn.Sequential(nn.Linear(8, 32, bias=bias), nn.BatchNorm1d(32, affine=affine, track_running_stats=bias))
out = layer(torch.randn(5, 8))
"""


def test_a_layer_built_with_a_flag_set_either_way_keeps_its_output(monkeypatch):
    found, truth = hints_and_truth(TRY_FLAG, monkeypatch)
    assert found["y"] == truth["y"] == "[2, 16, 8, 8]"


def test_layers_built_with_flags_read_from_options_keep_their_outputs(monkeypatch):
    found, truth = hints_and_truth(OPTION_FLAGS, monkeypatch)
    assert found["out"] == truth["out"] == "[5, 32]"
