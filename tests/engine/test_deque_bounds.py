"""A deque's bound: `d.maxlen` reads it (a frame stacker fills itself to its bound), numpy stacks a deque's arrays
as it does a list's, and where two deques of other bounds meet the bound is not known (a later `clear()` and
appends do not grow it past what either bound allows)."""

from engine_support import agrees, hints_and_truth

STACKER = """
from collections import deque

import numpy as np
import torch


class FrameStacker:
    def __init__(self, k=4):
        self.frames = deque(maxlen=k)

    def reset(self, frame):
        for _ in range(self.frames.maxlen):
            self.frames.append(frame)
        return np.stack(self.frames, axis=0)

    def push(self, frame):
        self.frames.append(frame)
        return np.array(self.frames)


stacker = FrameStacker()
first = torch.from_numpy(stacker.reset(np.zeros((84, 84), dtype=np.uint8)))
later = torch.from_numpy(stacker.push(np.ones((84, 84), dtype=np.uint8)))
"""

JOINED = """
import sys
from collections import deque

import torch

window = deque(maxlen=2) if len(sys.argv) < 5 else deque(maxlen=3)
window.clear()
for _ in range(3):
    window.append(torch.zeros(4))
recent = torch.stack(list(window))
"""


def test_a_stacker_fills_itself_to_its_bound(monkeypatch):
    found, truth = hints_and_truth(STACKER, monkeypatch)
    assert found["first"] == truth["first"] == "[4, 84, 84]"
    assert found["later"] == truth["later"] == "[4, 84, 84]"


def test_deques_of_other_bounds_keep_no_bound(monkeypatch):
    found, truth = hints_and_truth(JOINED, monkeypatch)
    assert truth["recent"] == "[2, 4]"
    assert found.get("recent") is not None and agrees(found["recent"], truth["recent"])
