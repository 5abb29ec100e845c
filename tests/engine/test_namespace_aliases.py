"""Engine tests: a namespace (argparse's, a SimpleNamespace) is one object however many names hold it: attributes
set through one name (`self.args.state_dim = ...`) are read through the others, and a name that may hold another
object keeps the join. Truths come from running each program."""

from engine_support import hints_and_truth

SIZES_SET_BY_A_RUNNER = """
import argparse
import types
import torch
import torch.nn as nn


class Space:
    def __init__(self, shape, n):
        self.shape, self.n = shape, n


class Runner:
    def __init__(self, args, config):
        self.args, self.config = args, config
        self.args.state_dim = Space((6,), None).shape[0]
        self.args.action_dim = Space((), 3).n
        self.config.width = 2 * args.hidden


parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, default=16)
parser.add_argument("--batch_size", type=int, default=5)
args = parser.parse_args()
config = types.SimpleNamespace(depth=2)
runner = Runner(args, config)
net = nn.Sequential(nn.Linear(args.state_dim, args.hidden), nn.ReLU(), nn.Linear(args.hidden, args.action_dim))
q = net(torch.rand(args.batch_size, args.state_dim))
wide = torch.zeros(config.depth, config.width)
"""

REBOUND_ON_ONE_PATH = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--width", type=int, default=4)
parser.add_argument("--wide", action="store_true")
args = parser.parse_args()
other = argparse.Namespace(width=4)
held = args if args.wide else other
held.width = 9
x = torch.zeros(args.width)
y = torch.zeros(held.width)
"""


def test_attributes_set_through_an_object_attribute_reach_every_name(monkeypatch):
    found, truth = hints_and_truth(SIZES_SET_BY_A_RUNNER, monkeypatch)
    assert truth["q"] == "[5, 3]" and found.get("q") == "[batch_size, 3]"
    assert found.get("wide") == "[2, 2*hidden]" and truth["wide"] == "[2, 32]"


def test_a_name_that_may_hold_another_namespace_keeps_either_value(monkeypatch):
    found, truth = hints_and_truth(REBOUND_ON_ONE_PATH, monkeypatch)
    assert truth["x"] == "[4]" and found.get("x") in ("[width]", "[?]")
    assert found.get("y") == truth["y"] == "[9]"
