"""Unit tests: `np.array(numbers, dtype=...)` of numbers that may be ints or floats (a reward of -1 or 0.1) is an
array of the given dtype, whose shape the data gives, where numpy's own choice of dtype would not be known."""

from engine_support import agrees, hints_and_truth

REPLAYS = """
import numpy as np
import torch
from random import random, sample

memory = []
for step in range(6):
    terminal = random() < 0.5
    memory.append((torch.zeros(4), step, -1 if terminal else 0.1, terminal))
batch = sample(memory, min(len(memory), 4))
states, actions, rewards, terminals = zip(*batch)
reward_batch = torch.from_numpy(np.array(rewards, dtype=np.float32)[:, None])
first_two = torch.from_numpy(np.array([rewards[0], rewards[1]], dtype=np.float64))
"""


def test_numbers_of_open_kind_make_an_array_of_the_given_dtype(monkeypatch):
    found, truth = hints_and_truth(REPLAYS, monkeypatch)
    assert "reward_batch" in found and agrees(found["reward_batch"], truth["reward_batch"]), found
    assert found.get("first_two") == truth["first_two"]
