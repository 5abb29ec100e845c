"""Engine tests: `Transition(*zip(*memory))` over a replay memory of unknown length whose transitions are named tuples
(a policy-gradient batch): a named tuple class or function that needs positional arguments raises on a memory with
no transition, so a call that completes had some, and each argument is the column of the transitions' items, as
long as the memory. Truths come from running each program."""

from engine_support import agrees, hints_and_truth

REPLAY_MEMORY = """
import random
from collections import namedtuple

import numpy as np
import torch

Transition = namedtuple("Transition", ("state", "action", "mask", "reward"))


class Memory:
    def __init__(self):
        self.memory = []

    def push(self, *args):
        self.memory.append(Transition(*args))

    def sample(self):
        return Transition(*zip(*self.memory))


def stacked(states, actions):
    return torch.Tensor(np.stack(states)), torch.Tensor(np.concatenate(actions, 0))


memory = Memory()
for step in range(random.randint(3, 9)):
    memory.push(np.random.randn(11), np.zeros((1, 2)), 1, 0.5)
batch = memory.sample()
states = torch.Tensor(batch.state)
rewards = torch.Tensor(batch.reward)
actions = torch.Tensor(np.concatenate(batch.action, 0))
pairs = [(s, a) for s, a, m, r in memory.memory]
stacked_states, stacked_actions = stacked(*zip(*pairs))
"""


def test_columns_spread_into_a_named_tuple_and_a_function(monkeypatch):
    found, truth = hints_and_truth(REPLAY_MEMORY, monkeypatch)
    for name in ("states", "rewards", "actions", "stacked_states", "stacked_actions"):
        assert name in found and agrees(found[name], truth[name]), name
