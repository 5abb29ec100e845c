"""Engine tests: in the branch an `if len(xs) >= k` (k ≥ 1), `if len(xs) > 0` or `if xs` guards, a list of
unknown length has an item, so the tensors built from it keep their rank; after the `if`, and where the test
cannot prove it (`len(xs) >= 0`, a bound that is no known int), the list may be empty and gives no hint. Truths
come from running each program."""

from engine_support import hints_and_truth

REPLAY = """
import random
import numpy as np
import torch
import torch.nn as nn

random.seed(3)

class Agent:
    batch_size = 8

    def __init__(self):
        self.policy = nn.Linear(4, 2)
        self.buffer = []

    def update(self):
        states = torch.tensor(np.array([s for s in self.buffer]), dtype=torch.float)
        self.direct = torch.tensor([s for s in self.buffer], dtype=torch.float)
        return self.policy(states)

agent = Agent()
logits = None
for step in range(int(random.random() * 40) + 10):
    agent.buffer.append(np.random.rand(4))
    if len(agent.buffer) >= agent.batch_size and random.random() < 0.3:
        logits = agent.update()
        stacked = torch.tensor(np.array(agent.buffer))
if agent.buffer:
    rows = torch.tensor([len(s) for s in agent.buffer])

after = []
for step in range(int(random.random() * 3)):
    after.append([1.0, 2.0])
if len(after) > 0:
    inside = torch.tensor(after)
maybe_empty = torch.tensor(after)
if len(after) >= 0:
    unproven = torch.tensor(after)
"""


def test_a_guarded_branch_sees_a_non_empty_list_and_what_follows_does_not(monkeypatch):
    found, truth = hints_and_truth(REPLAY, monkeypatch)
    assert truth["logits"].endswith(", 2]") and truth["stacked"].endswith(", 4]")
    assert found.get("logits") == "[buffer, 2]"
    assert found.get("self.direct") == "[buffer, 4]"
    assert found.get("stacked") == "[buffer, 4]"  # the same list the test measured
    assert found.get("rows") == "[buffer_2]"
    assert found.get("inside") == "[after, 2]"
    assert "maybe_empty" not in found and "unproven" not in found
