"""Engine tests: the truth of `a and b` / `a or b` comes from its operands' truths, so one operand decides it where
the other is not known (`not debug or layers` with layers given), and `not` of a decided condition is decided.
Truths come from running each program."""

from engine_support import hints_and_truth

CHOSEN = """
import os
import torch

layers = [4, 8]
debug = os.environ.get("DEBUG") == "1"
if not debug or layers:
    y = torch.zeros(5)
else:
    y = torch.zeros(6, 6)
w = torch.zeros(7) if debug and not layers else torch.zeros(1)
z = torch.zeros(2) if debug or len(layers) == 2 else torch.zeros(3, 3)
"""


def test_one_operand_decides_and_or_and_not(monkeypatch):
    found, truth = hints_and_truth(CHOSEN, monkeypatch)
    assert found["y"] == truth["y"] == "[5]"  # the branch never taken has no hint
    assert found["z"] == truth["z"] == "[2]"
    assert found["w"] == truth["w"] == "[1]"


PICKED = """
import os
import torch

first = len(os.environ.get("FIRST", "")) > 2
stride = first and 2 or 2
h = torch.randn(4, 8)
picked = first and h + 1 or h * 2
pooled = torch.nn.functional.avg_pool1d(torch.randn(1, 3, 8), 2, stride)
"""


def test_a_bool_of_unknown_truth_is_never_the_value_of_and_or(monkeypatch):
    found, truth = hints_and_truth(PICKED, monkeypatch)
    assert found["picked"] == truth["picked"] == "[4, 8]"  # a tensor or the other, never the bool `first`
    assert found["pooled"] == truth["pooled"] == "[1, 3, 4]"
