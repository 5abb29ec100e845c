"""Engine tests: `range` and `set` are bookkeeping builtins, so a loop over many strides that tests the length
of a range and returns a set of one runs once per item (a DDIM schedule picking the stride that gives the
wanted number of steps). Truths come from running each program."""

from engine_support import hints_and_truth

STRIDES = """
import torch


def spaced(steps, count):
    for stride in range(1, steps):
        if len(range(0, steps, stride)) == count:
            return set(range(0, steps, stride))
    raise ValueError(count)


kept = spaced(40, 5)
picked = torch.zeros(len(kept))
ordered = torch.tensor(sorted(kept))
"""


def test_a_loop_over_strides_picks_its_set(monkeypatch):
    found, truth = hints_and_truth(STRIDES, monkeypatch)
    assert found["picked"] == truth["picked"] == "[5]"
    assert found["ordered"] == truth["ordered"] == "[5]"


LONG_RANGE = """
import torch

steps = range(0, 100, 3)
picked = torch.zeros(len(steps))
"""


def test_len_of_a_range_of_known_ints_is_known_however_long(monkeypatch):
    found, truth = hints_and_truth(LONG_RANGE, monkeypatch)
    assert found["picked"] == truth["picked"] == "[34]"
