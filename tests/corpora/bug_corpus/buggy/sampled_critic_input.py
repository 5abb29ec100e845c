import argparse
import random

import numpy as np
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--batch-size", type=int, default=32)
parser.add_argument("--capacity", type=int, default=500)
args, _ = parser.parse_known_args()

state_dim, action_dim = 11, 3


class Replay:
    def __init__(self, capacity):
        self.capacity, self.memory, self.position = capacity, [], 0

    def push(self, *transition):
        if len(self.memory) < self.capacity:
            self.memory.append(None)
        self.memory[self.position] = transition
        self.position = (self.position + 1) % self.capacity

    def sample(self, batch_size):
        states, actions, rewards = map(np.stack, zip(*random.sample(self.memory, batch_size)))
        return states, actions, rewards


critic = nn.Sequential(nn.Linear(state_dim + state_dim, 64), nn.ReLU(), nn.Linear(64, 1))
replay = Replay(args.capacity)
for step in range(200):
    replay.push(np.random.rand(state_dim), np.random.uniform(-1, 1, action_dim), random.random())

states, actions, rewards = replay.sample(args.batch_size)
state_batch = torch.FloatTensor(states)
action_batch = torch.FloatTensor(actions)
q_values = critic(torch.cat([state_batch, action_batch], 1))
loss = (q_values.squeeze(1) - torch.FloatTensor(rewards)).pow(2).mean()
