"""Engine tests: `np.flip`, `np.fliplr`, `np.flipud` keep an array's shape whichever axis they flip, and `np.rot90`
swaps two axes when it turns an odd number of times (for a number of turns the data decides, the join of both
shapes). Truths come from running each program."""

from engine_support import agrees, hints_and_truth

TURNS = """
import random
import numpy as np
import torch

image = np.zeros((6, 6, 3), dtype=np.uint8)
page = np.zeros((4, 10, 3), dtype=np.float32)
turns = random.randint(0, 3)
axis = random.randint(0, 1)
flipped = torch.from_numpy(np.flip(image, axis).copy())
mirrored = torch.from_numpy(np.fliplr(page).copy())
upside = torch.from_numpy(np.flipud(page).copy())
every = torch.from_numpy(np.flip(page).copy())
square = torch.from_numpy(np.rot90(image, turns).copy())
once = torch.from_numpy(np.rot90(page).copy())
twice = torch.from_numpy(np.rot90(page, 2).copy())
sideways = torch.from_numpy(np.rot90(page, 1, axes=(1, 2)).copy())
either = torch.from_numpy(np.rot90(page, turns).copy())
"""


def test_flips_keep_the_shape(monkeypatch):
    found, truth = hints_and_truth(TURNS, monkeypatch)
    for name in ("flipped", "mirrored", "upside", "every"):
        assert found[name] == truth[name]


def test_rot90_swaps_its_axes_on_odd_turns(monkeypatch):
    found, truth = hints_and_truth(TURNS, monkeypatch)
    assert found["once"] == truth["once"] == "[10, 4, 3]"
    assert found["twice"] == truth["twice"] == "[4, 10, 3]"
    assert found["sideways"] == truth["sideways"] == "[4, 3, 10]"
    assert found["square"] == truth["square"] == "[6, 6, 3]"  # either turn: both axes are of one size
    assert found["either"] != "[4, 10, 3]" and agrees(found["either"], truth["either"])
