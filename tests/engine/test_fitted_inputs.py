"""Unit tests: a layer of a known input size called on an input whose size there is a symbol without a value (the
channels of a clip, 2 or 3 by a command-line option) runs as if the input had the layer's size: a run that goes on
past the call has them equal. The input keeps its symbol."""

from engine_support import agrees, hints_and_truth

MODES = """
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--mode", type=str)
args = parser.parse_args()

channels = 2 if args.mode == "flow" else 3
clip = torch.randn(1, channels, 8, 16, 16)
if args.mode == "flow":
    stem = nn.Conv3d(2, 6, 3, stride=2, padding=1)
else:
    stem = nn.Conv3d(3, 6, 3, stride=2, padding=1)
features = stem(clip)
normed = nn.BatchNorm3d(3)(clip)
"""


def test_a_layer_fits_an_input_of_unknown_width(monkeypatch):
    found, truth = hints_and_truth(MODES, monkeypatch)
    assert found["clip"] == "[1, channels, 8, 16, 16]" and truth["clip"] == "[1, 3, 8, 16, 16]"
    assert found["features"] == truth["features"] == "[1, 6, 4, 8, 8]"
    assert found["normed"] == truth["normed"] == "[1, 3, 8, 16, 16]"


UNCHECKED = """
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--mode", type=str)
args = parser.parse_args()

channels = 2 if args.mode == "rgb" else 5
clip = torch.randn(2, channels, 4, 4)
plain = nn.BatchNorm2d(3, affine=False, track_running_stats=False)(clip)
grouped = nn.GroupNorm(1, 3, affine=False)(clip)
"""


def test_a_norm_that_checks_no_width_keeps_the_input_symbol(monkeypatch):
    found, truth = hints_and_truth(UNCHECKED, monkeypatch)
    assert truth["plain"] == truth["grouped"] == "[2, 5, 4, 4]"
    assert agrees(found.get("plain"), truth["plain"]) and agrees(found.get("grouped"), truth["grouped"])
