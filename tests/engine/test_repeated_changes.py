"""Engine tests: a name that may hold an object another name changed in place holds what covers both; a second
change through the other name reaches it too, and a module's parameter read twice is one tensor. Truths come
from running the snippet."""

from engine_support import agrees, hints_and_truth

CHANGES = """
import torch
import torch.nn as nn

rows = [torch.zeros(1)]
alias = rows
rows.append(torch.zeros(2))
rows.append(torch.zeros(3, 3))
appended = alias[-1]
table = {"a": torch.zeros(1)}
same_table = table
table["a"] = torch.zeros(2)
table["a"] = torch.zeros(3, 3)
entry = same_table["a"]
x = torch.zeros(2, 3)
y = x
x.resize_(4, 5)
x.unsqueeze_(0)
reshaped = y.clone()
layer = nn.Linear(3, 4)
weight = layer.weight
layer.weight.data = torch.zeros(8, 3)
read_before = weight.clone()
"""


def test_a_second_change_in_place_reaches_the_aliases(monkeypatch):
    found, truth = hints_and_truth(CHANGES, monkeypatch)
    for name in ("appended", "entry", "reshaped", "read_before"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
