import random

import numpy as np
import torch
import torch.nn as nn


class Observations:
    """A toy environment: three readings per step, an episode ends at random."""

    def reset(self):
        return np.random.rand(3)

    def step(self, action):
        return np.random.rand(3), 1.0, random.random() < 0.05


class Agent:
    batch_size = 16

    def __init__(self):
        self.policy = nn.Sequential(nn.Linear(3, 32), nn.Tanh(), nn.Linear(32, 2))
        self.buffer = []

    def act(self, state):
        with torch.no_grad():
            logits = self.policy(torch.from_numpy(state).float().unsqueeze(0))
        return int(logits.argmax())

    def update(self):
        states = torch.tensor(np.array([s for s, _ in self.buffer]), dtype=torch.float)
        actions = torch.tensor([a for _, a in self.buffer])
        logits = self.policy(states)
        loss = nn.functional.cross_entropy(logits, actions)
        loss.backward()
        del self.buffer[:]


random.seed(1)
env, agent = Observations(), Agent()
for episode in range(5):
    state, done = env.reset(), False
    while not done:
        action = random.randrange(2)
        next_state, reward, done = env.step(action)
        agent.buffer.append((state, action))
        state = next_state
    if len(agent.buffer) >= agent.batch_size:
        agent.update()
