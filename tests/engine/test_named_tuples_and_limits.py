"""collections.namedtuple classes build tuples with named fields (an actor-critic's saved actions, a replay
memory's transitions regrouped with `Transition(*zip(*batch))`), and the limits torch.finfo / np.finfo give are
numbers: a normalisation by `returns.std() + eps` keeps the returns' shape."""

from engine_support import hints_and_truth

SAVED = """
import random
from collections import deque, namedtuple

import numpy as np
import torch
import torch.nn.functional as F

SavedAction = namedtuple("SavedAction", ["log_prob", "value"])
Transition = namedtuple("Transition", "state action reward", defaults=[None])
eps = np.finfo(np.float32).eps.item()
tiny = torch.finfo(torch.float32).tiny

saved = []
rewards = []
for step in range(6):
    probs = torch.softmax(torch.randn(3), dim=-1)
    action = torch.multinomial(probs, 1)
    saved.append(SavedAction(torch.log(probs[action]), torch.randn(1)))
    rewards.append(random.random())
returns = torch.tensor(rewards)
returns = (returns - returns.mean()) / (returns.std() + eps)
losses = []
for (log_prob, value), ret in zip(saved, returns):
    losses.append(-log_prob * (ret - value.item()) + F.smooth_l1_loss(value, torch.tensor([ret])))
loss = torch.stack(losses).sum()
first = saved[0].log_prob
guarded = torch.log(torch.rand(4, 2) + tiny)

memory = deque(maxlen=50)
for step in range(20):
    memory.append(Transition(torch.randn(1, 5), torch.tensor([[step % 2]])))
batch = Transition(*zip(*random.sample(memory, 8)))
states = torch.cat(batch.state)
actions = torch.cat(batch.action)
made = Transition._make([torch.zeros(2), torch.ones(3), torch.ones(1)])
rebuilt = made.action
"""


def test_named_tuples_carry_their_fields_and_dtype_limits_are_numbers(monkeypatch):
    found, truth = hints_and_truth(SAVED, monkeypatch)
    for name in ("returns", "loss", "first", "guarded", "states", "actions", "rebuilt"):
        assert found.get(name) == truth[name], name
