"""Engine tests: an int the engine does not know, assigned to a variable, is a size named after it; two
assignments to variables of one name (`n` in two functions) give two sizes, never claimed equal. Truths come from
running each program."""

from engine_support import agrees, hints_and_truth

TWO_NS = """
import json
import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "meta.json")
with open(path, "w") as out:
    out.write('{"rows": 7, "batch": 4}')


def rows(meta):
    n = int(meta["rows"])
    return torch.zeros(n, 2)


def batch(meta):
    n = int(meta["batch"])
    return torch.zeros(n, 5)


meta = json.loads(open(path).read())
table = rows(meta)
inputs = batch(meta)
pairs = torch.cat([table[:1], inputs[:1]], 1)
stacked = torch.cat([table, table])
"""


def test_two_assignments_of_one_name_are_two_sizes(monkeypatch):
    found, truth = hints_and_truth(TWO_NS, monkeypatch)
    assert found["table"] == "[n, 2]" and found["inputs"] == "[n, 5]"
    assert found["stacked"] == "[2*n, 2]" and agrees(found["stacked"], truth["stacked"])
    assert found["pairs"] == truth["pairs"] == "[1, 7]"


def test_a_size_of_two_such_assignments_is_not_one_name(monkeypatch):
    source = TWO_NS + "joined = torch.cat([table, inputs[:, :2]])\n"
    found, truth = hints_and_truth(source, monkeypatch)
    assert found["joined"] == "[?, 2]" and agrees(found["joined"], truth["joined"])
