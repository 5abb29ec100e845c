"""Data pipelines around small models: synthetic masks drawn with numpy grids, a vocabulary with `dict.get`,
sliding-window pairs stacked by np.array, a replay memory sampled by a command-line batch size, a policy update
guarded by the buffer's length, stage builders counted by a while loop, and dropout masks from `resize_`."""

import argparse
import random

import numpy as np
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--batch-size", type=int, default=16)
parser.add_argument("--dropout", type=float, default=0.2)
args = parser.parse_args()
random.seed(0)
np.random.seed(0)


def disc(height, width):
    rows, cols = np.mgrid[:height, :width]
    distance = np.sqrt((rows - height // 2) ** 2 + (cols - width // 2) ** 2)
    inside = np.logical_and(distance < 5, np.greater_equal(distance, 0))
    return np.reshape(inside, (1, height, width)).astype(np.float32)


images = torch.from_numpy(np.asarray([disc(20, 24) for _ in range(6)]).repeat(3, axis=1))
edges = torch.from_numpy(np.abs(np.log1p(images.numpy())) > 0.5)
counts = torch.tensor([np.sum(1 - np.equal(row, 0)) for row in images.numpy()[:, 0, 0]])

text = "the cat sat on the mat while the dog sat on the log".split()
vocab = {word: index for index, word in enumerate(sorted(set(text)), start=1)}
ids = torch.tensor([vocab.get(word, 0) for word in text + ["unseen"]])
embedded = nn.Embedding(len(vocab) + 1, 8)(ids)

series = np.sin(np.arange(0, 30, 0.1))
pairs = []
for start in range(len(series) - 24):
    pairs.append((series[start : start + 20], series[start + 4 : start + 24]))
windows = torch.FloatTensor(np.array(pairs))
inputs, targets = windows[:, 0], windows[:, 1]


class Stages(nn.Module):
    def __init__(self, counts):
        super().__init__()
        self.width = 3
        self.first = self.stage(counts[0], 8)
        self.second = self.stage(counts[1], 16)

    def stage(self, count, width):
        blocks = [nn.Conv2d(self.width, width, 3, padding=1)]
        self.width = width
        while count - 1:
            blocks.append(nn.Conv2d(width, width, 3, padding=1))
            count -= 1
        return nn.Sequential(*blocks)

    def forward(self, x):
        return self.second(self.first(x))


features = Stages([2, 3])(images)

weight = nn.Embedding(len(vocab) + 1, 8).weight
keep = weight.data.new().resize_((weight.size(0), 1)).bernoulli_(1 - args.dropout).expand_as(weight)
dropped_weight = keep * weight / (1 - args.dropout)

memory, position = [], 0
for step in range(120):
    if len(memory) < 100:
        memory.append(None)
    memory[position] = (np.random.rand(6), np.random.rand(2), float(step))
    position = (position + 1) % 100
states, actions, rewards = map(np.stack, zip(*random.sample(memory, args.batch_size)))
state_batch = torch.FloatTensor(states)
critic_in = torch.cat([state_batch, torch.FloatTensor(actions)], 1)


class Agent:
    batch_size = 8

    def __init__(self):
        self.policy = nn.Linear(6, 2)
        self.buffer = []

    def update(self):
        observed = torch.tensor(np.array([s for s, _ in self.buffer]), dtype=torch.float)
        chosen = torch.tensor([a for _, a in self.buffer])
        logits = self.policy(observed)
        return nn.functional.cross_entropy(logits, chosen)


agent = Agent()
for step in range(40):
    agent.buffer.append((np.random.rand(6), random.randrange(2)))
    if len(agent.buffer) >= agent.batch_size and random.random() < 0.2:
        policy_loss = agent.update()
