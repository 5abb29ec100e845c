"""Engine tests: `random.sample(memory, k)` of a replay memory holds k transitions also when k is a size from
the command line or a count too large to keep item by item, and `zip(*batch)` gives columns of that length; a
ring buffer's `None` placeholders are no rows there (zip raises on one). Truths come from running each
program."""

from engine_support import hints_and_truth

RING_BUFFER = """
import argparse
import random
import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--batch_size", type=int, default=32)
args = parser.parse_args()

memory, position = [], 0
for step in range(300):
    if len(memory) < 100:
        memory.append(None)
    memory[position] = (np.random.rand(17), np.random.rand(6), float(step))
    position = (position + 1) % 100

states, actions, rewards = map(np.stack, zip(*random.sample(memory, args.batch_size)))
state_batch = torch.FloatTensor(states)
reward_batch = torch.FloatTensor(rewards).unsqueeze(1)
large = random.sample(memory, 80)
_, large_actions, _ = map(np.stack, zip(*large))
action_batch = torch.FloatTensor(large_actions)
"""


def test_sampled_transitions_stack_into_batches_of_the_sampled_count(monkeypatch):
    found, truth = hints_and_truth(RING_BUFFER, monkeypatch)
    assert truth["state_batch"] == "[32, 17]" and found.get("state_batch") == "[batch_size, 17]"
    assert truth["reward_batch"] == "[32, 1]" and found.get("reward_batch") == "[batch_size, 1]"
    assert found.get("action_batch") == truth["action_batch"] == "[80, 6]"
