"""Engine tests: CPython interns string literals made of letters, digits and `_`, so `kind is 'conv'` between
two such literals holds exactly when they are equal (old layer tables dispatch this way); a string built at run
time is another object, and `is` on it stays undecided. Truths come from running each program."""

import pytest
from engine_support import hints_and_truth

pytestmark = pytest.mark.filterwarnings("ignore::SyntaxWarning")  # the programs use `is` with literals on purpose

IDENTITY = """
import torch

table = [("conv", 4), ("relu", 0), ("linear", 6)]
width = 0
for kind, size in table:
    if kind is "conv":
        width += size
    elif kind is "linear":
        width += 2 * size
wide = torch.zeros(width)
built = "".join(["con", "v"])
maybe = torch.zeros(3) if built is "conv" else torch.zeros(3, 1)
spaced = "a b"
other = torch.zeros(2) if spaced is not "a c" else torch.zeros(5)
"""


def test_is_between_interned_literals_is_equality_and_undecided_on_built_strings(monkeypatch):
    found, truth = hints_and_truth(IDENTITY, monkeypatch)
    assert found.get("wide") == truth["wide"] == "[16]"
    assert truth["maybe"] == "[3, 1]"
    assert found.get("maybe") != "[3]"  # a joined string is another object: not decided
    assert found.get("other") == truth["other"] == "[2]"  # different values are different objects
