"""Engine tests: `text % (a, b)`, a format of plain directives applied to a tuple of known values, is the string
Python formats (as `text % a` of one value is): its length sizes a tensor, and a name built so picks a branch.
Truths come from running the program."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

FORMATTED = """
import torch

dataset, arch, layers = "dsb2018_96", "NestedUNet", 4
name = "%s_%s_%d" % (dataset, arch, layers)
widths = torch.zeros(len(name))
if name == "dsb2018_96_NestedUNet_4":
    chosen = torch.zeros(2, 3)
else:
    chosen = torch.zeros(5)
percent = torch.zeros(len("%i%% of %s" % (50, "runs")))
"""


def test_a_tuple_of_known_values_formats_as_python_formats(monkeypatch):
    found, truth = hints_and_truth(FORMATTED, monkeypatch)
    names = ("widths", "chosen", "percent")
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}


UNKNOWN_OR_RAISING = """
import sys

import torch

width = "%5s_%s" % ("a", "b")
padded = torch.zeros(len(width))
wrong = "%d_%s" % ("a", "b")
short = "%s_%s" % ("a",)
given = "%s_%s" % ("a", sys.argv[0])
typed = torch.zeros(len(given))
"""


def test_widths_and_values_not_known_leave_the_string_unknown():
    analysis = analyse(textwrap.dedent(UNKNOWN_OR_RAISING), torch, "cpu", 4096, 30.0)
    hints = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    assert all(hints.get(name) in (None, "[?]") for name in ("padded", "typed"))
