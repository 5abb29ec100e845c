"""Unit tests: `zip(*rows)` over a deque of unknown length transposes it as it does a list (a replay memory)."""

import pytest
from engine_support import agrees, hints_and_truth

MEMORY = """
    import random
    from collections import deque, namedtuple
    import torch

    Transition = namedtuple("Transition", ("state", "action", "reward"))
    random.seed(0)
    memory = deque()
    done = False
    while not done:
        memory.append(Transition(torch.rand(1, 4), torch.zeros(2), 1.0))
        done = random.random() < 0.2

    batch = Transition(*zip(*memory))
    states = torch.stack(batch.state)
    actions = torch.stack(batch.action)
    rewards = torch.Tensor(batch.reward)
"""


def test_a_deque_spread_into_a_named_tuple_gives_its_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(MEMORY, monkeypatch)
    assert set(found) >= {"states", "actions", "rewards"}
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
