"""Engine tests: an option stored by `store_true` / `store_false` / `store_const` is its default or the constant
its flag stores, so a flag whose default is the constant it stores is that constant; an option whose name several
arguments share, or that `set_defaults` or the parser's `argument_default` gave another default, is not known from
its `add_argument`."""

from engine_support import agrees, hints_and_truth

FLAGS = """
import argparse
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--deep", action="store_true", default=True)
parser.add_argument("--keep", action="store_false", default=False)
parser.add_argument("--heads", action="store_const", const=3, default=3)
parser.add_argument("--wide", action="store_true")
args = parser.parse_args()
layers = [nn.Linear(4, 4)]
if args.deep:
    layers.append(nn.Linear(4, 8))
if args.keep:
    layers.append(nn.Linear(8, 16))
deep_out = nn.Sequential(*layers)(torch.zeros(2, 4))
heads = torch.zeros(2, args.heads)
if args.wide:
    maybe_wide = torch.zeros(2, 6)
else:
    maybe_wide = torch.zeros(2, 5)
wide_after = maybe_wide + 0
"""


def test_a_flag_that_stores_its_default_is_that_constant(monkeypatch):
    found, truth = hints_and_truth(FLAGS, monkeypatch)
    assert found["deep_out"] == truth["deep_out"] == "[2, 8]"
    assert found["heads"] == truth["heads"] == "[2, 3]"
    assert agrees(found.get("wide_after"), truth["wide_after"])


SHARED_FLAGS = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--cuda", dest="gpu", action="store_true", default=True)
parser.add_argument("--cpu", dest="gpu", action="store_false", default=False)
args = parser.parse_args()
if args.gpu:
    on_gpu = torch.zeros(2)
else:
    on_gpu = torch.zeros(3)
gpu_after = on_gpu + 0
"""

SHARED_CHOICES = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--small", dest="arch", action="store_const", const="tiny")
parser.add_argument("--arch", default="base", choices=["base", "large"])
args = parser.parse_args()
if args.arch in ("base", "large"):
    arch_width = torch.zeros(2, 3)
else:
    arch_width = torch.zeros(2, 7)
arch_after = arch_width + 0
"""

RESET = """
import argparse
import torch

base = argparse.ArgumentParser(add_help=False)
base.add_argument("--head", default="linear", choices=["linear", "conv"])
base.add_argument("--fast", action="store_true", default=True)
base.set_defaults(head="other", fast=False)
parser = argparse.ArgumentParser(parents=[base])
args = parser.parse_args()
if args.head in ("linear", "conv"):
    head_width = torch.zeros(2, 3)
else:
    head_width = torch.zeros(2, 7)
if args.fast:
    fast = torch.zeros(1)
else:
    fast = torch.zeros(4)
head_after = head_width + 0
fast_after = fast + 0
"""


SHARED_DEFAULT = """
import argparse
import torch

parser = argparse.ArgumentParser(argument_default="fast")
parser.add_argument("--plain", dest="mode", action="store_const", const=None)
args = parser.parse_args()
if args.mode is None:
    mode = torch.zeros(2)
else:
    mode = torch.zeros(5)
mode_after = mode + 0
"""


def test_an_option_named_twice_or_given_another_default_is_not_its_first_default(monkeypatch):
    for source, names in (
        (SHARED_DEFAULT, ("mode_after",)),
        (SHARED_FLAGS, ("gpu_after",)),
        (SHARED_CHOICES, ("arch_after",)),
        (RESET, ("head_after", "fast_after")),
    ):
        found, truth = hints_and_truth(source, monkeypatch)
        for name in names:
            assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
