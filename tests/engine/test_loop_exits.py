"""Engine tests: a loop over a known list whose `break` and `continue` sit under tests each item decides is run
item by item, leaving each iteration where Python does (a layer table dispatched on its kind names, a scan that
stops at a marker); a test the items do not decide keeps the loop a fix-point. Truths come from running each
program."""

from engine_support import hints_and_truth

LAYER_TABLE = """
import torch
import torch.nn as nn

table = [
    ("conv", [8, 3, 3, 3, 2, 1]),
    ("relu", [True]),
    ("conv", [16, 8, 3, 3, 1, 1]),
    ("pool", [2]),
    ("skip", []),
    ("linear", [10, 16]),
]


class TableNet(nn.Module):
    def __init__(self, table):
        super().__init__()
        self.table = table
        self.weights = nn.ParameterList()
        for kind, spec in self.table:
            if kind in ["relu", "pool", "skip"]:
                continue
            elif kind == "conv":
                kernel = nn.Parameter(torch.ones(*spec[:4]))
                self.weights.append(kernel)
            else:
                matrix = nn.Parameter(torch.ones(*spec))
                self.weights.append(matrix)

    def forward(self, x):
        used = 0
        for kind, spec in self.table:
            if kind == "skip":
                continue
            if kind == "conv":
                x = torch.nn.functional.conv2d(x, self.weights[used], stride=spec[4], padding=spec[5])
                used += 1
            elif kind == "relu":
                x = torch.relu(x)
            elif kind == "pool":
                x = torch.nn.functional.max_pool2d(x, spec[0]).flatten(1)
                break
        return x


net = TableNet(table)
features = net(torch.randn(4, 3, 8, 8))
first_kernel = net.weights[0]
head = net.weights[2]
seen = []
for kind, spec in table:
    if kind == "pool":
        break
    seen.append(len(spec))
kept = torch.zeros(sum(seen))
"""


def test_break_and_continue_under_tests_each_item_decides_leave_where_python_does(monkeypatch):
    found, truth = hints_and_truth(LAYER_TABLE, monkeypatch)
    assert found.get("features") == truth["features"] == "[4, 64]"
    assert found.get("first_kernel") == truth["first_kernel"] == "[8, 3, 3, 3]"
    assert found.get("head") == truth["head"] == "[10, 16]"
    assert found.get("kept") == truth["kept"] == "[13]"


UNDECIDED = """
import torch

sizes = [2, 3, 4]
limit = torch.rand(()).item()
total = []
for size in sizes:
    if size * limit > 100:
        continue
    total.append(size)
picked = torch.zeros(len(total))
"""


def test_a_test_the_items_do_not_decide_keeps_the_loop_joined(monkeypatch):
    found, truth = hints_and_truth(UNDECIDED, monkeypatch)
    assert truth["picked"] == "[3]"
    assert found.get("picked") == "[?]"  # the engine cannot tell which items a random number skipped


NESTED = """
import torch

rows = []
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    rows.append(torch.zeros(i + 1))
joined = torch.cat(rows)
"""


def test_the_break_of_an_inner_loop_ends_only_that_loop(monkeypatch):
    found, truth = hints_and_truth(NESTED, monkeypatch)
    assert found["joined"] == truth["joined"] == "[6]"
