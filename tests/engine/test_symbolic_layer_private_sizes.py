"""Engine tests: a layer built on a size the engine does not know keeps no stand-in number in the private
attributes its forward reads (a circular convolution's `_reversed_padding_repeated_twice`), so no error is reported
for a value the program never gives. Truths come from running each program."""

from engine_support import reported_and_raising

CIRCULAR = """
import os
import torch
import torch.nn as nn


def token_conv(padding):
    return nn.Conv1d(8, 8, kernel_size=3, padding=padding, padding_mode="circular")


conv = token_conv(int(os.environ.get("PADDING", "1")))
out = conv(torch.zeros(2, 8, 16))
"""


def test_a_circular_padding_of_unknown_size_is_no_error(monkeypatch):
    reported, raising = reported_and_raising(CIRCULAR, monkeypatch)
    assert raising == 0
    assert reported == []
