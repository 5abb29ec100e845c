"""Engine tests: an option whose name several arguments share, or that `set_defaults` gave another default, is not
known from its `add_argument`."""

from engine_support import agrees, hints_and_truth

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


def test_an_option_named_twice_or_given_another_default_is_not_its_first_default(monkeypatch):
    for source, names in ((SHARED_CHOICES, ("arch_after",)), (RESET, ("head_after", "fast_after"))):
        found, truth = hints_and_truth(source, monkeypatch)
        for name in names:
            assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
