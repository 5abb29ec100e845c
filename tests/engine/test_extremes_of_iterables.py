"""Engine tests: `max` and `min` of one argument iterate it, whatever iterable it is: the longest of rows read from
a file, `max(map(len, rows))`, is an int whose value is unknown, so a tensor sized by it, or built from the rows
padded to it, keeps its rank; of a range, the extreme it yields. Truths come from running each program."""

from engine_support import agrees, hints_and_truth

PADDED_ROWS = """
import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "rows.txt")
with open(path, "w") as sink:
    sink.write("3 4 5\\n6 7\\n9 1 2 8\\n")
rows = [list(map(int, line.split())) for line in open(path)]


def padded_rows(rows):
    longest = max(map(len, rows))
    shortest = min(map(len, rows))
    room = torch.zeros(longest - shortest)
    if rows:
        table = torch.tensor([row + [0] * (longest - len(row)) for row in rows])
        return table
    return None


padded = padded_rows(rows)
last = torch.zeros(max(range(2, 7)), min(range(3, 9)))
"""


def test_the_longest_of_mapped_lengths_sizes_tensors(monkeypatch):
    found, truth = hints_and_truth(PADDED_ROWS, monkeypatch)
    assert found["room"] == "[longest-shortest]"  # inside padded_rows; the run leaves no global of that name
    assert truth["padded"] == "[3, 4]" and found["table"] == "[rows, ?]" and agrees(found["table"], truth["padded"])
    assert found["last"] == truth["last"] == "[6, 3]"
