import random
from collections import deque, namedtuple

import torch
from torch import nn

Transition = namedtuple("Transition", ("state", "action", "reward"))
memory = deque(maxlen=500)
for step in range(64):
    memory.append(Transition(torch.randn(1, 6), torch.tensor([[step % 3]]), torch.tensor([1.0])))
q_net = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 3))
batch = Transition(*zip(*random.sample(memory, 16)))
states = torch.cat(batch.state)
actions = torch.cat(batch.action)
chosen = q_net(states).gather(1, actions)
