"""Engine tests: a convolution whose groups is a command-line option (default 1) is built although no stand-in
for the option divides its plain channel counts: groups splits only the weight's second dimension, so the outputs
have their sizes (a transposed one's channels as the weight's times groups), and the weight shows the division by
the option, not the default's channels. Truths come from running the program."""

from engine_support import agrees, hints_and_truth

GROUPED = """
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--groups", type=int, default=1)
args = parser.parse_args()

series = torch.randn(4, 6, 30)
mixer = nn.Sequential(nn.Conv1d(6, 12, 5, padding=2, groups=args.groups), nn.LeakyReLU(0.1, inplace=True))
mixed = mixer(series)
spread = nn.ConvTranspose1d(12, 6, 4, stride=2, groups=args.groups)(mixed)
kernel = mixer[0].weight
"""


def test_a_convolution_grouped_by_an_option_keeps_its_output_sizes(monkeypatch):
    found, truth = hints_and_truth(GROUPED, monkeypatch)
    assert found["mixed"] == truth["mixed"] == "[4, 12, 30]"
    assert found["spread"].startswith("[4, ") and found["spread"].endswith(", 62]")  # channels: groups * (6 // groups)
    assert agrees(found["spread"], truth["spread"])
    assert found["kernel"] != truth["kernel"] and agrees(found["kernel"], truth["kernel"])
