"""Engine tests: a comprehension with `if` conditions over known items, each condition decided on each item, is
unrolled into the items it keeps (its length was unknown). Truths come from running each program."""

from engine_support import hints_and_truth

COLUMNS = """
import torch

names = ["a", "b", "target", "c"]
features = [name for name in names if name != "target"]
table = torch.zeros(10, len(features))
sizes = [n * 2 for n in range(1, 7) if n % 2 if n > 1]
blocks = torch.cat([torch.zeros(n) for n in sizes])
pairs = [(i, j) for i in range(3) for j in range(3) if i < j]
grid = torch.zeros(len(pairs), 2)
widths = {name: len(name) for name in names if name.startswith("t")}
row = torch.zeros(widths["target"])
"""


def test_filtered_comprehension_keeps_the_items_its_conditions_keep(monkeypatch):
    found, truth = hints_and_truth(COLUMNS, monkeypatch)
    assert found["table"] == truth["table"] == "[10, 3]"
    assert found["blocks"] == truth["blocks"] == "[16]"
    assert found["grid"] == truth["grid"] == "[3, 2]"
    assert found["row"] == truth["row"] == "[6]"


UNDECIDED = """
import sys
import torch

limit = len(sys.argv)
kept = [n for n in range(5) if n < limit]
mask = torch.zeros(len(kept))
"""


def test_undecided_condition_leaves_the_length_unknown(monkeypatch):
    found, truth = hints_and_truth(UNDECIDED, monkeypatch)
    assert truth["mask"] == "[1]"
    assert found["mask"] == "[?]"
