"""Engine tests: `range` takes only ints, so an argument of unknown value (`cfg["n"]` read from a file) is the size
named after what it reads, and holds it from there on; an int-only argument written as that read combined with an
int constant (`range(0, 2 * m, 2)`, `torch.zeros(3 * k, 2)`) proves the read an int too: a float, a string or a
list there gives no int. Truths come from running the snippet."""

from engine_support import hints_and_truth

READS = """
import io
import json
import torch

cfg = json.load(io.StringIO('{"n": 4, "m": 3, "k": 2}'))
n = cfg["n"]
rows = []
for i in range(n):
    rows.append([1.0, 2.0])
by_rows = torch.tensor(rows)
proven = torch.zeros(n)
m = cfg["m"]
pairs = []
for i in range(0, 2 * m, 2):
    pairs.append([1.0, 2.0])
by_pairs = torch.tensor(pairs)
proven_m = torch.zeros(m)
k = cfg["k"]
wide = torch.zeros(3 * k, 2)
proven_k = torch.zeros(k)
"""


def test_int_only_arguments_name_the_ints_they_read(monkeypatch):
    found, truth = hints_and_truth(READS, monkeypatch)
    assert truth["by_rows"] == "[4, 2]" and found["by_rows"] == "[n, 2]"
    assert truth["proven"] == "[4]" and found["proven"] == "[n]"
    assert truth["by_pairs"] == "[3, 2]" and found["by_pairs"] == "[m, 2]"
    assert truth["proven_m"] == "[3]" and found["proven_m"] == "[m]"
    assert truth["wide"] == "[6, 2]" and found["wide"] == "[3*k, 2]"
    assert truth["proven_k"] == "[2]" and found["proven_k"] == "[k]"
