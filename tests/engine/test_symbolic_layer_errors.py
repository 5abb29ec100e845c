"""Engine tests: layers sized by a number read from the command line. A call is an error only when the program
fails there whatever the number is; one that runs for some number (a channel count of 1) is no error. Truths come
from running each program with several numbers."""

import sys
import textwrap
import traceback

import pytest
import torch
from torch_lsp.analysis.engine import analyse

VALUES = ("1", "2", "3", "8")

# `ngf * 4` channels reach a layer that reads `ngf * 2`: wrong for every ngf
ALWAYS_FAILS = """
import argparse
import torch
from torch import nn
parser = argparse.ArgumentParser()
parser.add_argument("--size", type=int, default=8)
args = parser.parse_args()
up1 = nn.ConvTranspose2d(16, args.size * 4, 4, 2, 1)
up2 = nn.ConvTranspose2d(args.size * 2, 3, 4, 2, 1)
image = up2(up1(torch.randn(2, 16, 4, 4)))
"""

# each call runs when the number is 1
RUNS_FOR_ONE = """
import argparse
import torch
from torch import nn
parser = argparse.ArgumentParser()
parser.add_argument("--size", type=int, default=1)
args = parser.parse_args()
conv = nn.Conv2d(args.size, 8, 3)
out = conv(torch.randn(2, 1, 12, 12))
grouped = nn.Conv2d(args.size, 4, 3, groups=args.size)
mixed = grouped(torch.randn(2, 1, 12, 12))
up = nn.ConvTranspose2d(args.size * 2, 3, 4, 2, 1)
wide = up(torch.randn(2, 2, 5, 5))
"""


def failing_line(source: str, value: str, monkeypatch: pytest.MonkeyPatch) -> int | None:
    """The 0-based line where the program raised when run with `--size value`, None if it ran to the end."""
    monkeypatch.setattr(sys, "argv", ["program", "--size", value])
    try:
        exec(compile(textwrap.dedent(source), "program", "exec"), {})
    except RuntimeError as error:
        frame = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "program"][-1]
        return (frame.lineno or 0) - 1
    return None


def reported_errors(source: str) -> list[int]:
    """The lines the engine reports an error on (what `check` and the editor show as errors)."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    return [issue.line for issue in analysis.issues if issue.sure]


def test_a_layer_that_fails_for_every_number_is_an_error(monkeypatch):
    lines = {failing_line(ALWAYS_FAILS, value, monkeypatch) for value in VALUES}
    assert len(lines) == 1 and None not in lines
    assert reported_errors(ALWAYS_FAILS) == list(lines)


def test_a_layer_that_runs_for_some_number_is_no_error(monkeypatch):
    assert failing_line(RUNS_FOR_ONE, "1", monkeypatch) is None
    assert reported_errors(RUNS_FOR_ONE) == []
