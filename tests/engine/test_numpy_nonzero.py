"""Engine tests: `np.nonzero(a)` and `a.nonzero()` give, as `np.where(a)` does, one int64 index array per
dimension of a length the data decides, so what indexes with them keeps its other sizes. Truths come from running
each program."""

from engine_support import agrees, hints_and_truth

STARTS = """
import numpy as np
import torch

groups = np.array([0, 0, 1, 1, 1, 2, 3, 3])
changes = np.nonzero(np.diff(groups))[0] + 1
rows, cols = (np.arange(12).reshape(3, 4) % 5 == 0).nonzero()
starts = torch.from_numpy(changes)
picked = torch.from_numpy(np.ones((8, 6))[changes])
pairs = torch.from_numpy(np.stack([rows, cols]))
firsts = torch.from_numpy(changes[np.arange(4) % 2])
"""


def test_nonzero_indices_keep_their_count_symbolic(monkeypatch):
    found, truth = hints_and_truth(STARTS, monkeypatch)
    assert found["firsts"] == truth["firsts"] == "[4]"
    for name in ("starts", "picked", "pairs"):
        assert name in found and agrees(found[name], truth[name]), (name, found.get(name), truth[name])
    assert found["picked"].endswith(", 6]") and found["pairs"].startswith("[2, ")


NOTHING_SELECTED = """
import numpy as np
import torch

index = np.where(np.random.rand(50) > 2.0)[0]
count = len(index)
rows = []
for _ in range(count):
    rows.append(np.zeros(10))
table = torch.from_numpy(np.asarray(rows))
picked = torch.from_numpy(index)
"""


def test_a_selection_may_hold_no_index(monkeypatch):
    """No item may be non-zero: a list grown once per index may stay empty, and `np.asarray` of an empty list is `[0]`,
    not `[?, 10]`."""
    found, truth = hints_and_truth(NOTHING_SELECTED, monkeypatch)
    assert truth["table"] == truth["picked"] == "[0]"
    for name in ("table", "picked"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
    assert "picked" in found, found
