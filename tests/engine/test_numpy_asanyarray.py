"""Engine tests: `np.asanyarray(data)` makes the array `np.asarray(data)` does (it only lets array subclasses pass
through unchanged), a number giving a 0-d array. Truths come from running the program."""

from engine_support import hints_and_truth

CONVERTED = """
import numpy as np
import torch

def to_pitch(frequency):
    frequency = np.asanyarray(frequency)
    return (frequency - 20.0) / 12.0

table = torch.from_numpy(np.asanyarray([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
pitch = torch.from_numpy(np.asanyarray(to_pitch(440.0)))
pitches = torch.from_numpy(to_pitch(np.asanyarray(np.ones((4, 2)))))
"""


def test_asanyarray_is_asarray(monkeypatch):
    found, truth = hints_and_truth(CONVERTED, monkeypatch)
    assert found.get("table") == truth["table"] == "[2, 3]"
    assert found.get("pitch") == truth["pitch"] == "[]"
    assert found.get("pitches") == truth["pitches"] == "[4, 2]"
