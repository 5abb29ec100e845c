"""Unit tests: `[frame] * n` with `n` a named size (a command-line option) is a list of `n` items, so `np.array` of
it keeps that first dimension; an int that may be 0 leaves the length unknown. A repeated list repeats the one
object: an item written through one of its places is read through every other."""

from engine_support import agrees, hints_and_truth

STACK = """
import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--stack", type=int, default=4)
args = parser.parse_args()

frame = np.zeros((6, 5))
stacked = torch.from_numpy(np.array([frame] * args.stack))
times = random.randint(0, 3)
drawn = torch.from_numpy(np.array([frame] * times))
"""


def test_one_item_repeated_a_symbolic_number_of_times(monkeypatch):
    found, truth = hints_and_truth(STACK, monkeypatch)
    assert found["stacked"] == "[stack, 6, 5]" and truth["stacked"] == "[4, 6, 5]"
    assert "drawn" not in found  # 0 times gives an empty list, whose array has shape (0,)


SHARED = """
import torch

grid = [[torch.zeros(1)] * 2] * 2
grid[0][0] = torch.zeros(4)
corner = grid[1][0]
other = grid[1][1]
"""


def test_an_item_written_through_one_repeated_list_is_read_through_the_others(monkeypatch):
    found, truth = hints_and_truth(SHARED, monkeypatch)
    assert truth["corner"] == "[4]" and agrees(found.get("corner"), truth["corner"])
    assert found["other"] == truth["other"] == "[1]"
