"""Engine tests: `sliding_window_view(x, window_shape, axis)` keeps `size - window + 1` positions on each windowed
axis and appends the window's sizes in the order the axes are named (every axis when `axis` is None), as a view of
`x`'s dtype; imported from `numpy.lib.stride_tricks` or read through `np.lib.stride_tricks`. Truths come from running
each program."""

from engine_support import agrees, hints_and_truth

WINDOWS = """
import random
import numpy as np
import torch
from numpy.lib.stride_tricks import sliding_window_view

frames = np.zeros((8, 20, 20, 3), dtype=np.uint8)
signal = np.zeros((random.randint(6, 12), 4), dtype=np.float32)
every = torch.from_numpy(sliding_window_view(frames, (1, 16, 16, 1)).copy())
picked = every[..., 0, :, :, 0]
crops = picked[np.arange(8), np.random.randint(0, 5, 8), np.random.randint(0, 5, 8)]
rows = torch.from_numpy(np.lib.stride_tricks.sliding_window_view(signal, 3, axis=0).copy())
twice = torch.from_numpy(sliding_window_view(frames, window_shape=[2, 5], axis=(2, 2)).copy())
backwards = torch.from_numpy(sliding_window_view(frames, (4, 2), axis=(-2, 0)).copy())
"""


def test_windows_of_every_axis(monkeypatch):
    found, truth = hints_and_truth(WINDOWS, monkeypatch)
    assert found["every"] == truth["every"] == "[8, 5, 5, 3, 1, 16, 16, 1]"
    assert found["picked"] == truth["picked"] == "[8, 5, 5, 3, 16, 16]"
    assert found["crops"] == truth["crops"] == "[8, 3, 16, 16]"


def test_windows_along_named_axes(monkeypatch):
    found, truth = hints_and_truth(WINDOWS, monkeypatch)
    assert found["twice"] == truth["twice"] == "[8, 20, 15, 3, 2, 5]"
    assert found["backwards"] == truth["backwards"] == "[7, 20, 17, 3, 4, 2]"


def test_windows_of_a_size_the_data_decides(monkeypatch):
    found, truth = hints_and_truth(WINDOWS, monkeypatch)
    assert found["rows"] not in (None, truth["rows"]) and agrees(found["rows"], truth["rows"])
    assert found["rows"].endswith(", 4, 3]")
