"""Engine tests: a comprehension over known items whose conditions each item decides keeps exactly the items they
pass (the target still takes every item); `callable(x)` is decided for functions, classes, layers and data; a dict
read at a key that is one of a few known strings is the entry of one of them. Truths come from running each
program."""

from engine_support import hints_and_truth

REGISTRY = """
import argparse

import torch
from torch import nn


def small_net():
    return nn.Linear(8, 4)


def wide_net():
    return nn.Linear(8, 16)


VERSION = "1.0"
names = sorted(name for name in globals() if name.islower() and name.endswith("_net") and callable(globals()[name]))
parser = argparse.ArgumentParser()
parser.add_argument("--arch", default="small_net", choices=names)
args = parser.parse_args()
builder = globals()[args.arch]
features = torch.zeros(len(names), 3)
blocks = [torch.zeros(n) for n in (2, 3, 4, 5) if n % 2 == 0]
stacked = torch.stack([b[:2] for b in blocks])
widths = {f"layer{n}": n * 8 for n in range(6) if n > 2}
last = torch.zeros(widths["layer5"])
"""


def test_conditions_each_item_decides_keep_exactly_the_items_that_pass(monkeypatch):
    found, truth = hints_and_truth(REGISTRY, monkeypatch)
    assert found["features"] == truth["features"] == "[2, 3]"
    assert found["stacked"] == truth["stacked"] == "[2, 2]"
    assert found["last"] == truth["last"] == "[40]"
    assert found["b"] == "[?]"  # the target took 2, 3, 4 and 5 (the blocks kept only two of them)
