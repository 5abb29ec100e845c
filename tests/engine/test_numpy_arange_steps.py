"""Unit tests: `np.arange` over int bounds some of which are sizes or unknown ints, in steps of a known int, holds
ceil((stop - start) / step) items (a clip of frames starting at a random offset has as many frames as its span
holds strides), as `torch.arange` does."""

from engine_support import hints_and_truth

CLIPS = """
import random

import numpy as np
import torch

video = np.random.randint(0, 256, (40, 6, 5, 3), dtype=np.uint8)
start = np.random.randint(0, 24)
frames = torch.from_numpy(video[np.arange(start, start + 16, 2).clip(max=39)])
n = random.randint(3, 9)
evens = torch.from_numpy(np.arange(0, n, 2))
down = torch.from_numpy(np.arange(n, 0, -1))
window = torch.from_numpy(np.arange(n + 1, n + 8, 3))
back = torch.from_numpy(np.arange(n + 9, n, -4))
"""


def test_arange_over_symbolic_bounds_has_a_known_length(monkeypatch):
    found, truth = hints_and_truth(CLIPS, monkeypatch)
    assert found["frames"] == truth["frames"] == "[8, 6, 5, 3]"
    assert found["window"] == truth["window"] == "[3]"
    assert found["back"] == truth["back"] == "[3]"
    assert found["evens"] == "[(n+1)//2]" and found["down"] == "[n]"
    n = int(truth["down"].strip("[]"))
    assert truth["evens"] == f"[{(n + 1) // 2}]"
