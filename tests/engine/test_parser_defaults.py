"""Engine tests: `parser.set_defaults(name=constant)` is the default of the options storing into `name`, of those
added later without a default, and an attribute of its own; on a parser sharing its options through `parents=` it
leaves the default unknown."""

from engine_support import agrees, hints_and_truth

FLAG_DEFAULT = """
import sys
import argparse
import torch

sys.argv = ["train.py", "--depth", "6"]
parser = argparse.ArgumentParser()
parser.add_argument("--depth", default=32, type=int)
parser.add_argument("--no-bottleneck", dest="bottleneck", action="store_false")
parser.set_defaults(bottleneck=True, scale=3)
parser.add_argument("--width", dest="scale", type=int)
parser.add_argument("--mode", default="base")
parser.set_defaults(mode="wide", blocks=2)
parser.add_argument("--blocks", dest="blocks", type=int, default=5)
args = parser.parse_args()
if args.bottleneck:
    flag_width = torch.zeros(args.depth)
else:
    flag_width = torch.zeros(2)
scaled = torch.zeros(args.scale)
if args.mode == "wide":
    mode_width = torch.zeros(4)
else:
    mode_width = torch.zeros(1)
blocks = torch.zeros(args.blocks)
"""

OWN_ATTRIBUTE = """
import sys
import argparse
import torch

sys.argv = ["train.py"]
parser = argparse.ArgumentParser()
parser.add_argument("--depth", default=8, type=int)
parser.set_defaults(heads=4)
args = parser.parse_args()
heads = torch.zeros(args.heads, args.depth)
"""

PARENT_CHANGED_LATER = """
import sys
import argparse
import torch

sys.argv = ["train.py"]
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--small", action="store_true")
base.set_defaults(small=True)
parser = argparse.ArgumentParser(parents=[base])
base.set_defaults(small=False)
args = parser.parse_args()
if args.small:
    small = torch.zeros(2)
else:
    small = torch.zeros(5)
small_after = small + 0
"""


def test_set_defaults_with_constants_gives_the_defaults(monkeypatch):
    for source, names in (
        (FLAG_DEFAULT, ("flag_width", "scaled", "mode_width", "blocks")),
        (OWN_ATTRIBUTE, ("heads",)),
    ):
        found, truth = hints_and_truth(source, monkeypatch)
        for name in names:
            assert found.get(name) == truth[name], (name, found.get(name), truth[name])


def test_set_defaults_on_a_parent_reaches_its_children(monkeypatch):
    found, truth = hints_and_truth(PARENT_CHANGED_LATER, monkeypatch)
    assert agrees(found.get("small_after"), truth["small_after"]), (found.get("small_after"), truth["small_after"])
