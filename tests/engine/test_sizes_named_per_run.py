"""Engine tests: an int the engine does not know, passed to a parameter or assigned in a function, is a size of
that call: two calls (from two places, or from one place at two items of a loop or comprehension) give two sizes,
never claimed equal. Truths come from running each program."""

from engine_support import hints_and_truth

PROGRAM = """
import os

import torch


def block(x, width):
    return torch.zeros(x.shape[0], width)


def load(meta):
    rows = int(meta["rows"])
    return torch.zeros(rows, 2)


x = torch.randn(4, 7)
widths = [int(os.environ.get("UNSET_A", "3")), int(os.environ.get("UNSET_B", "5"))]
metas = [{"rows": os.environ.get("UNSET_A", "3")}, {"rows": os.environ.get("UNSET_B", "6")}]
a = block(x, widths[0])
b = block(x, widths[1])
calls = torch.zeros(b.shape[1] - a.shape[1])
outs = []
for w in widths:
    outs.append(block(x, w))
loop = torch.zeros(outs[1].shape[1] - outs[0].shape[1])
made = [block(x, w) for w in widths]
comprehension = torch.zeros(made[1].shape[1] - made[0].shape[1])
p = load(metas[0])
q = load(metas[1])
assigned = torch.zeros(q.shape[0] - p.shape[0])
loaded = {key: load(meta) for key, meta in zip(["p", "q"], metas)}
by_key = torch.zeros(loaded["q"].shape[0] - loaded["p"].shape[0])
"""


def test_two_calls_given_unknown_ints_have_two_sizes(monkeypatch):
    found, truth = hints_and_truth(PROGRAM, monkeypatch)
    for name in ("calls", "loop", "comprehension", "assigned", "by_key"):
        assert truth[name] in ("[2]", "[3]") and found[name] == "[?]", name
    assert found["a"] == "[4, width]" and truth["a"] == "[4, 3]"
