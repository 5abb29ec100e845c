"""Unit tests: unpacking `x.chunk(c, dim)` of a symbolic size n into k names binds k - 1 pieces of ceil(n / c) and a
last one holding the rest, so a piece added to a tensor of known size along that dimension keeps its shape."""

from engine_support import hints_and_truth

COUPLING = """
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--affine", action="store_true")
parser.add_argument("--width", type=int, default=7)
args = parser.parse_args()

net = nn.Conv2d(6, 12 if args.affine else 6, 3, padding=1)
in_a, in_b = torch.rand(4, 12, 8, 8).chunk(2, 1)
if args.affine:
    log_s, t = net(in_a).chunk(2, 1)
    out_b = in_b + t
else:
    out_b = in_b + net(in_a)
row = torch.rand(2, args.width)
left, right = row.chunk(2, 1)
first, second, third = row.chunk(3, 1)
lead = row.chunk(2, 1)[0]
"""


def _at(hint: str, width: int) -> str:
    """A hint's shape with the symbol `width` given its value."""
    return "[" + ", ".join(str(eval(size, {"width": width})) for size in hint.strip("[]").split(", ")) + "]"


def test_unpacked_chunks_of_a_symbolic_size(monkeypatch):
    found, truth = hints_and_truth(COUPLING, monkeypatch)
    assert found.get("out_b") == truth["out_b"] == "[4, 6, 8, 8]"
    width = int(truth["row"].strip("[]").split(", ")[1])
    for name in ("left", "right", "first", "second", "third", "lead"):
        assert _at(found[name], width) == truth[name], name
