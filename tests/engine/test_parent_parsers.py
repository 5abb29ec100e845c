"""Engine tests: `argparse.ArgumentParser(parents=[...])` starts with the arguments its parents hold when it is made
(a model's `add_model_specific_args(parent_parser)` idiom), so their options are read from the child's
`parse_args`. Truths come from running each program."""

from engine_support import hints_and_truth

PARENT_OPTIONS = """
import argparse
import torch


def add_model_args(parent_parser):
    parser = argparse.ArgumentParser(parents=[parent_parser], add_help=False)
    parser.add_argument("--hidden", type=int, default=32)
    return parser


parser = argparse.ArgumentParser()
parser.add_argument("--batch_size", type=int, default=8)
parser = add_model_args(parser)
args = parser.parse_args()
batch = torch.zeros(args.batch_size, args.hidden)

base = argparse.ArgumentParser(add_help=False)
base.add_argument("--width", type=int, default=6)
child = argparse.ArgumentParser(parents=[base])
child.add_argument("--depth", type=int, default=3)
base.add_argument("--later", type=int, default=5)
given = child.parse_args(["--depth", "2"])
grid = torch.zeros(given.width, given.depth)
"""


def test_a_child_parser_reads_the_options_of_its_parents(monkeypatch):
    found, truth = hints_and_truth(PARENT_OPTIONS, monkeypatch)
    assert found["batch"] == "[batch_size, hidden]" and truth["batch"] == "[8, 32]"
    assert found["grid"] == truth["grid"] == "[6, 2]"
