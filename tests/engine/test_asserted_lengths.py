"""Unit tests: past `assert len(xs) == n` the list `xs` holds `n` items (a known int or a symbolic size), however it
lost its count (`stack.pop(0); stack.append(frame)`), so `np.array(xs)` keeps its first dimension."""

from engine_support import hints_and_truth

STACKS = """
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--stack", type=int, default=4)
args = parser.parse_args()


class Frames:
    def reset(self, frame):
        self.stack = [frame for _ in range(args.stack)]
        return np.array(self.stack)

    def step(self, frame):
        self.stack.pop(0)
        self.stack.append(frame)
        assert len(self.stack) == args.stack
        return np.array(self.stack)


frames = Frames()
first = torch.from_numpy(frames.reset(np.zeros((6, 5))))
later = torch.from_numpy(frames.step(np.ones((6, 5))))
rows = [np.zeros(3) for _ in range(int(first.sum()) + 3)]
rows.pop()
assert 2 == len(rows)
table = torch.from_numpy(np.array(rows))
"""


def test_an_asserted_length_is_the_list_length(monkeypatch):
    found, truth = hints_and_truth(STACKS, monkeypatch)
    assert found["later"] == "[stack, 6, 5]" and truth["later"] == "[4, 6, 5]"
    assert found["table"] == truth["table"] == "[2, 3]"
