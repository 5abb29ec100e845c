"""Engine tests: a `while` loop whose test is decided runs iteration by iteration even when its body may `break`
or `continue`, as long as the `if` tests holding them are decided in each iteration (a lookup that finds nothing
ends a parsing loop); when one of them is not decided, the loop from that iteration on is a fix-point and gives no
exact guess. Truths come from running each program."""

import torch
from engine_support import agrees, hints_and_truth

MARKED_TEXT = """
import torch

codes = {"<": 1, ">": 2}


def tokens(text):
    out = []
    while len(text):
        start = text.find("<")
        if start < 0:
            out += list(text)
            break
        end = text.find(">", start)
        out += list(text[:start]) + [text[start + 1 : end]]
        text = text[end + 1 :]
        if not text:
            continue
    return out


one_mark = torch.zeros(len(tokens("ab<cd>efg")), 3)
no_mark = torch.zeros(len(tokens("plain words")), 3)
two_marks = torch.zeros(len(tokens("<x>y<zz>")), 3)
"""


def test_exits_decided_in_each_iteration_run_item_by_item(monkeypatch):
    found, truth = hints_and_truth(MARKED_TEXT, monkeypatch)
    for name in ("one_mark", "no_mark", "two_marks"):
        assert found.get(name) == truth[name], name


UNDECIDED_EXIT = """
import torch

weights = torch.rand(8)
parts = []
n = 0
while n < 6:
    n += 1
    if weights[n] > 0.5:
        break
    parts.append(torch.zeros(n))
stacked = torch.cat(parts + [torch.zeros(1)])
after = torch.zeros(n, 2)
"""


def test_an_undecided_exit_leaves_the_loop_to_the_fix_point(monkeypatch):
    torch.manual_seed(0)
    found, truth = hints_and_truth(UNDECIDED_EXIT, monkeypatch)
    for name in ("stacked", "after"):
        assert agrees(found.get(name), truth[name]) and found.get(name) != truth[name], name
