"""Engine tests: where control flow merges, two lists of unknown items but one named length (the lists each pass
of a loop builds with `n` items) are a list of that length, so a list of them stacks to a known shape. Truths
come from running the snippet."""

from engine_support import hints_and_truth

PASSES = """
import torch

n = int(torch.randint(5, 6, (1,)))
lines = ["a"] * int(torch.randint(3, 4, (1,)))
batch = []
for line in lines:
    row = [float(len(line))] * n
    batch.append(row)
last = torch.tensor(batch[-1])
first = torch.tensor(batch[0])
"""


def test_lists_of_one_named_length_keep_it_where_passes_merge(monkeypatch):
    found, truth = hints_and_truth(PASSES, monkeypatch)
    assert truth["last"] == truth["first"] == "[5]"
    assert found["last"] == found["first"] == "[n]"
