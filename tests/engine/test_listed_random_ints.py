"""Unit tests: the numbers `tolist()` and `item()` read out of an integer tensor (or `tolist()` out of a numpy array)
known by its bounds
(`torch.randint(...)`) are ints known by those bounds, each its own, so a window at each such start is exactly as
long as written."""

from engine_support import hints_and_truth

LISTED = """
import torch

series = torch.randn(200, 7)
starts = torch.randint(0, 200 - 96 - 24, (8,)).tolist()
batch = torch.stack([series[s:s + 96] for s in starts])
first = starts[0]
window = series[first:first + 10]
row, col = torch.randint(0, 50, (2, 3)).tolist()[1][1:]
cell = series[row:row + 100]
drawn = torch.randint(0, 50, (1,)).item()
single = series[drawn:drawn + 100]
element = torch.randint(0, 50, (3,))[1].item()
picked = series[element:element + 100]
a, b = torch.randint(0, 50, (2,)).tolist()
between = series[a:b + 50]
"""


def test_ints_listed_from_a_random_int_tensor_start_windows_of_their_length(monkeypatch):
    found, truth = hints_and_truth(LISTED, monkeypatch)
    for name in ("batch", "window", "cell", "single", "picked"):
        assert found[name] == truth[name], name
    assert found["between"] == "[?, 7]"  # two elements, each its own int: the length varies


ARRAYS = """
import numpy as np
import torch

series = torch.randn(200, 7)
starts = np.random.randint(0, 80, size=8).tolist()
batch = torch.stack([series[s:s + 96] for s in starts])
grid = np.random.randint(0, 50, size=(2, 3)).tolist()
cell = series[grid[1][2]:grid[1][2] + 100]
"""


def test_ints_listed_from_a_random_int_array_start_windows_of_their_length(monkeypatch):
    found, truth = hints_and_truth(ARRAYS, monkeypatch)
    for name in ("batch", "cell"):
        assert found.get(name) == truth[name], name
