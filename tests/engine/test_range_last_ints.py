"""Engine tests: the last int of `range(start, stop, step)` is the last the steps reach, `start + (stop - 1 -
start) // step * step`, not `stop - 1`: over `range(0, length, n)` with the length a multiple of n (a text cut
into rows of n), every window `data[i:i + n]` is n long. Truths come from running each program."""

from engine_support import agrees, hints_and_truth

WINDOWS = """
import os
import torch

text = os.environ.get("UNUSED") or "a text of unknown length"
rows = len(text)
flat = torch.zeros(rows * 10)
for start in range(0, flat.shape[0], 10):
    window = flat[start:start + 10]
grid = torch.zeros(4, rows * 6)
for offset in range(0, grid.shape[1], 6):
    columns = grid[:, offset:offset + 6]
ragged = torch.zeros(rows * 10 + 3)
for start in range(0, ragged.shape[0], 10):
    tail = ragged[start:start + 10]
"""


def test_a_window_as_long_as_the_step_of_a_range_over_a_multiple_of_it(monkeypatch):
    found, truth = hints_and_truth(WINDOWS, monkeypatch)
    for name in ("window", "columns"):
        assert found[name] == truth[name], name


def test_a_window_past_the_last_step_of_a_range_over_no_multiple_is_not_its_step(monkeypatch):
    found, truth = hints_and_truth(WINDOWS, monkeypatch)
    assert agrees(found.get("tail"), truth["tail"]) and found.get("tail") != "[10]"
