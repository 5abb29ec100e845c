"""Engine tests: `np.array(items, dtype=object)` has the list's items along its first dimension, whether the items
are lists of different lengths (one dimension) or of one length (more), so its length, its slices and its rows
picked by an index array are known; its other sizes are not claimed. Truths come from running each program."""

from engine_support import hints_and_truth

SENTENCES = """
import numpy as np
import torch

sentences = [s.split() for s in ["a man plays", "two dogs ran in the park", "a cat", "the man sat"]]
lengths = np.array([len(s) for s in sentences])
order = np.argsort(-lengths)
ragged = np.array(sentences, dtype=object)[order]
counts = torch.zeros(len(ragged))
batches = [torch.zeros(len(ragged[start:start + 3]), 300) for start in range(0, len(ragged), 3)]
first, last = batches
reversed_count = torch.zeros(len(ragged[::-1]))
square = np.array([[1, 2], [3, 4], [5, 6]], dtype=object)
rows = torch.zeros(len(square), len(square[:2]))
empty = torch.zeros(len(np.array([], dtype="O")))
"""


def test_an_object_array_keeps_its_first_dimension(monkeypatch):
    found, truth = hints_and_truth(SENTENCES, monkeypatch)
    for name in ("counts", "first", "last", "reversed_count", "rows", "empty"):
        assert found[name] == truth[name]


def test_its_other_sizes_are_not_claimed(monkeypatch):
    found, _ = hints_and_truth(
        """
        import numpy as np
        import torch
        words = np.array([["a", "b"], ["c"]], dtype=object)
        first = torch.zeros(len(words[0]))
        """,
        monkeypatch,
    )
    assert "first" not in found or "?" in found["first"]  # a list here, one row of an array for equal lists
