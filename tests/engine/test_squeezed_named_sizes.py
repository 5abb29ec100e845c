"""Engine tests: an int whose value nothing tells (`n = t.item()`, `int(t)`) may be 1, although the engine names it
a size taken to be at least 2: squeezing a size of it (`squeeze`, or in place `squeeze_`) leaves the rank unknown.
Truths come from running the snippet."""

from engine_support import agrees, hints_and_truth

SQUEEZES = """
import torch

counts = (torch.rand(1) < 2).long()  # always 1, which nothing tells the engine
n = counts.item()
m = int(counts)
x = torch.zeros(3, n, 4)
all_squeezed = x.squeeze()
y = torch.zeros(m, 5)
first_squeezed = y.squeeze(0)
doubled = torch.zeros(2 * m, 5).squeeze(1)
changed = torch.zeros(3, n)
changed.squeeze_()
in_place = changed.clone()
"""


def test_squeezing_a_named_unknown_size_gives_no_rank(monkeypatch):
    found, truth = hints_and_truth(SQUEEZES, monkeypatch)
    assert truth["all_squeezed"] == "[3, 4]" and "all_squeezed" not in found
    assert truth["first_squeezed"] == "[5]" and "first_squeezed" not in found
    assert agrees(found.get("doubled"), truth["doubled"])
    assert truth["in_place"] == "[3]" and "in_place" not in found
