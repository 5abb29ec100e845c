"""Engine tests: `np.moveaxis`, `np.rollaxis` and `np.swapaxes` reorder an array's axes as numpy does (a view of
the same items), and give no value where numpy raises (an axis out of range, one named twice). Truths come from
running each program."""

from engine_support import hints_and_truth

MOVES = """
import numpy as np
import torch

image = np.random.randint(0, 256, (5, 6, 3)).astype(np.uint8)
volume = np.zeros((2, 3, 4, 5), dtype=np.float32)
channels_first = torch.from_numpy(np.rollaxis(image, 2)).float().unsqueeze(0)
rolled = torch.from_numpy(np.rollaxis(volume, 3, 1))
rolled_back = torch.from_numpy(np.rollaxis(volume, 0, 4))
rolled_in_place = torch.from_numpy(np.rollaxis(volume, -2, start=2))
moved = torch.from_numpy(np.moveaxis(image, -1, 0))
moved_many = torch.from_numpy(np.moveaxis(volume, [0, 1], [-1, 0]))
moved_tuple = torch.from_numpy(np.moveaxis(volume, source=(3, 2), destination=(0, 1)))
swapped = torch.from_numpy(np.swapaxes(volume, 0, 2))
swapped_back = torch.from_numpy(np.swapaxes(volume, -1, 1))
try:
    twice = torch.from_numpy(np.moveaxis(volume, [0, 0], [1, 2]))
except ValueError:
    pass
try:
    outside = torch.from_numpy(np.swapaxes(image, 0, 3))
except ValueError:
    pass
"""


def test_axes_move_as_numpy_moves_them(monkeypatch):
    found, truth = hints_and_truth(MOVES, monkeypatch)
    names = ("channels_first", "rolled", "rolled_back", "rolled_in_place", "moved", "moved_many", "moved_tuple")
    for name in (*names, "swapped", "swapped_back"):
        assert found[name] == truth[name], name


def test_no_value_where_numpy_raises(monkeypatch):
    found, truth = hints_and_truth(MOVES, monkeypatch)
    assert "twice" not in truth and "outside" not in truth
    assert "twice" not in found and "outside" not in found
