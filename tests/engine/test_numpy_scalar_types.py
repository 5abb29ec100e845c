"""Unit tests: a numpy scalar type called on a list or tuple (`np.float32([s for s in batch])`) is the array
`np.array` builds of it, in that type."""

from engine_support import hints_and_truth

BATCHES = """
import random

import numpy as np
import torch

memory = []
for step in range(10):
    memory.append((np.random.rand(6), np.random.rand(2), float(step)))
batch = random.sample(memory, 4)
states = torch.from_numpy(np.float32([item[0] for item in batch]))
actions = torch.from_numpy(np.float64([item[1] for item in batch]))
rewards = torch.from_numpy(np.float32([item[2] for item in batch]))
pair = torch.from_numpy(np.int64((3, 4)))
grid = torch.from_numpy(np.float32([[1, 2, 3], [4, 5, 6]]))
"""


def test_a_scalar_type_over_a_list_builds_its_array(monkeypatch):
    found, truth = hints_and_truth(BATCHES, monkeypatch)
    for name in ("states", "actions", "rewards", "pair", "grid"):
        assert found[name] == truth[name], name
