"""Shape errors with a program's declared defaults: command-line options are named sizes that may take any value,
and a call that needs two of them equal (or one equal to a number) raises when run with defaults that differ."""

import textwrap

import pytest
import torch
from engine_support import raising_line
from torch_lsp.analysis.engine import analyse

LINEAR_ON_OTHER_WIDTH = """
import argparse
import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--points", type=int, default=96)
parser.add_argument("--width", type=int, default=48)
args = parser.parse_args()
head = nn.Linear(args.width, 10)
x = torch.randn(4, 3, args.points)
pooled = x.amax(dim=1)
out = head(pooled)
"""
MATMUL_OF_OPTIONS = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, default=32)
parser.add_argument("--embed", type=int, default=24)
args = parser.parse_args()
queries = torch.randn(5, args.hidden)
keys = torch.randn(7, args.embed)
scores = queries @ keys.T
"""


def errors(source: str) -> list[tuple[int, tuple[tuple[str, int], ...]]]:
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    return [(issue.line + 1, issue.error.assuming) for issue in analysis.issues if issue.error.for_all_sizes]


@pytest.mark.parametrize(
    ("source", "defaults"),
    [(LINEAR_ON_OTHER_WIDTH, {"width": 48, "points": 96}), (MATMUL_OF_OPTIONS, {"hidden": 32, "embed": 24})],
    ids=["layer", "op"],
)
def test_a_call_that_needs_two_options_equal_raises_at_their_defaults(source, defaults, monkeypatch):
    line = raising_line(source, monkeypatch)
    assert line > 0
    [(found, assuming)] = errors(source)
    assert (found, dict(assuming)) == (line, defaults)


@pytest.mark.parametrize(
    "source",
    [
        LINEAR_ON_OTHER_WIDTH.replace("default=96", "default=48"),
        MATMUL_OF_OPTIONS.replace("default=24", "default=32"),
    ],
    ids=["layer", "op"],
)
def test_defaults_that_agree_are_no_error(source, monkeypatch):
    assert raising_line(source, monkeypatch) == 0
    assert errors(source) == []


def test_a_name_read_elsewhere_is_not_the_option_with_its_default(monkeypatch):
    """A function analysed without a caller reads `width` as some size: not the option's, whatever its default."""
    source = LINEAR_ON_OTHER_WIDTH.replace(
        "out = head(pooled)",
        "def project(features, width):\n    return nn.Linear(width, 10)(features[:, :48])\n",
    )
    assert raising_line(source, monkeypatch) == 0
    assert errors(source) == []


LAYERS_FROM_A_COUNT = """
import argparse
import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--layers", type=int, default=3)
args = parser.parse_args()
dims = [8] + [16] * (args.layers - 1) + [4]
net = nn.Sequential(*[nn.Linear(a, b) for a, b in zip(dims[:-1], dims[1:])])
out = net(torch.randn(5, 9))
"""


def _reported(source: str) -> list[tuple[int, bool, tuple[tuple[str, int], ...]]]:
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    return [(issue.line + 1, issue.sure, issue.error.assuming) for issue in analysis.issues]


def test_a_script_run_with_an_empty_command_line_reports_what_raises_there(monkeypatch):
    """The layers' count is a size the first analysis keeps symbolic (so the list of widths is of unknown length);
    run as `python script.py`, every option is its default and the first layer's width is known."""
    line = raising_line(LAYERS_FROM_A_COUNT, monkeypatch)
    assert line > 0
    assert _reported(LAYERS_FROM_A_COUNT) == [(line, True, (("layers", 3),))]
    fixed = LAYERS_FROM_A_COUNT.replace("torch.randn(5, 9)", "torch.randn(5, 8)")
    assert raising_line(fixed, monkeypatch) == 0
    assert _reported(fixed) == []


UNDECIDED_BRANCH = LAYERS_FROM_A_COUNT.replace(
    "out = net(torch.randn(5, 9))",
    'if __import__("os").environ.get("MODE") == "wide":\n    out = net(torch.randn(5, 9))',
)


def test_an_error_in_a_branch_the_run_may_not_take_is_not_reported(monkeypatch):
    """With the defaults the network would raise, but only where MODE is set: the run may well not get there."""
    assert raising_line(UNDECIDED_BRANCH, monkeypatch) == 0
    assert _reported(UNDECIDED_BRANCH) == []


STRIDED = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--stride", type=int, default=2)
args = parser.parse_args()
x = torch.zeros(1, 4, 8, 8)
conv = torch.nn.Conv2d(4, 4, 3, stride=args.stride, padding=1)
y = conv(x) + x
"""


def test_a_warning_of_the_first_interpretation_gives_way_to_the_error_with_the_defaults(monkeypatch):
    line = raising_line(STRIDED, monkeypatch)
    issues = analyse(textwrap.dedent(STRIDED), torch, "cpu", 4096, 30.0).issues
    sure = [(issue.line + 1, issue.sure) for issue in issues]
    assert line > 0 and sure == [(line, True)]
