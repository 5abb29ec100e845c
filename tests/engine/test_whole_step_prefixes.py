"""Engine tests: `data[:len(data) // n * n]` (the whole steps of n that fit in the data, as a text is cut into rows
or batches of n) is at most as long as the data, so it is as long as its stop, and cutting it into rows of n makes
`len(data) // n` of them; a stop past the whole steps (`// n * (n + 1)`) may pass the end and is not taken for
the length. Truths come from running each program."""

from engine_support import agrees, hints_and_truth

CUT = """
import numpy as np
import os
import torch

text = os.environ.get("UNUSED") or "a text of unknown length, cut into rows"
data = torch.tensor([ord(character) for character in text])
kept = data[: len(data) // 8 * 8]
rows = kept.reshape(-1, 8)
for start in range(0, kept.shape[0], 8):
    row = kept[start : start + 8]
codes = np.array([ord(character) for character in text])
batches = len(codes) // 12
flat = codes[: batches * 12]
grid = torch.from_numpy(flat.reshape((3, -1)))
for offset in range(0, grid.shape[1], 4):
    window = grid[:, offset : offset + 4]
count = int(os.environ.get("UNUSED") or 37)
zeros = torch.zeros(count)
past = zeros[: len(zeros) // 8 * 9]
"""


def test_a_prefix_of_whole_steps_is_as_long_as_its_stop(monkeypatch):
    found, truth = hints_and_truth(CUT, monkeypatch)
    for name in ("row", "window"):
        assert found[name] == truth[name], name


def test_a_stop_past_the_whole_steps_is_not_the_length(monkeypatch):
    found, truth = hints_and_truth(CUT, monkeypatch)
    assert found.get("past") is not None and agrees(found["past"], truth["past"])
