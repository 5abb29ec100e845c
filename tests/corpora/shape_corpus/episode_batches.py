"""An actor-critic learner whose transitions are stored through a method in episode loops that may stop early (10
steps, then the whole horizon of 24), then unpacked into one list per field and turned into tensors; advantages
computed backwards over a numpy array; a recurrent cell's outputs stacked over 20 frames. Every list is filled by a
loop that provably runs, so each tensor has a row count: a size of its own, or the loop's count. Last, advantages
accumulated backwards in a running float from numpy scalars, and numpy scalars and arrays nested in tensor data."""

import numpy as np
import torch
import torch.nn as nn

np.random.seed(5)
torch.manual_seed(5)
HORIZON = 24
GAMMA = 0.9


class Learner(nn.Module):
    def __init__(self):
        super().__init__()
        self.memory = []
        self.trunk = nn.Linear(5, 32)
        self.policy = nn.Linear(32, 3)
        self.critic = nn.Linear(32, 1)

    def value(self, obs):
        return self.critic(torch.tanh(self.trunk(obs)))

    def store(self, item):
        self.memory.append(item)

    def batch(self):
        obs_rows, reward_rows, next_rows, flag_rows = [], [], [], []
        for item in self.memory:
            obs, reward, nxt, finished = item
            obs_rows.append(obs)
            reward_rows.append([reward])
            next_rows.append(nxt)
            flag_rows.append([0.0 if finished else 1.0])
        obs_t = torch.tensor(obs_rows)
        reward_t = torch.tensor(reward_rows)
        next_t = torch.tensor(next_rows, dtype=torch.float)
        flag_t = torch.tensor(flag_rows)
        self.memory = []
        return obs_t, reward_t, next_t, flag_t

    def learn(self):
        obs_t, reward_t, next_t, flag_t = self.batch()
        target = reward_t + GAMMA * self.value(next_t) * flag_t
        error = target - self.value(obs_t)
        scores = self.policy(torch.tanh(self.trunk(obs_t)))
        errors = error.detach().numpy()
        returns = []
        for step_error in errors[::-1]:
            returns.append(step_error)
        returns.reverse()
        advantages = torch.tensor(returns)
        return target, scores, advantages


learner = Learner()
for episode in range(2):
    obs = np.random.randn(5).astype(np.float32)
    for step in range(HORIZON):
        nxt = np.random.randn(5).astype(np.float32)
        finished = step == 9 + 20 * episode
        learner.store((obs, 0.5, nxt, finished))
        obs = nxt
        if finished:
            break
    target, scores, advantages = learner.learn()

for width in (3, 5):
    window = []
    count = 0
    while count < width:
        window.append(np.random.rand(2))
        count += 1
    stacked = torch.tensor(window)

frames = torch.randn(20, 2, 5)
cell = nn.GRUCell(5, 8)
hidden = torch.zeros(2, 8)
outputs = []
for frame in frames:
    hidden = cell(frame, hidden)
    outputs.append(hidden)
history = torch.stack(outputs)
wide = torch.cat(outputs, dim=1)
per_step = []
for step_out in history:
    per_step.append(step_out.sum(dim=1))
sums = torch.stack(per_step, dim=1)

td_errors = (torch.rand(14, 1) - 0.5).numpy()
running = 0.0
discounted = []
for delta in td_errors[::-1]:
    running = GAMMA * 0.95 * running + delta[0]
    discounted.append([running])
discounted.reverse()
gae = torch.tensor(discounted, dtype=torch.float)
first_error = torch.tensor([[td_errors[0][0]]], dtype=torch.float32)
error_pairs = torch.tensor([[td_errors[0], td_errors[1]], [td_errors[2], td_errors[3]]], dtype=torch.float)
