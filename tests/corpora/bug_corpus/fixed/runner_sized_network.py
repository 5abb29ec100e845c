import argparse

import numpy as np
import torch
import torch.nn as nn


class Space:
    def __init__(self, shape, n):
        self.shape, self.n = shape, n


class Env:
    observation_space = Space((8,), None)
    action_space = Space((), 4)

    def reset(self):
        return np.random.rand(8).astype(np.float32)


class QNet(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(args.state_dim, args.hidden_dim), nn.ReLU())
        self.head = nn.Linear(args.hidden_dim, args.action_dim)

    def forward(self, s):
        return self.head(self.body(s))


class Runner:
    def __init__(self, args):
        self.args = args
        self.env = Env()
        self.args.state_dim = self.env.observation_space.shape[0]
        self.args.action_dim = self.env.action_space.n
        self.net = QNet(args)

    def act(self):
        state = torch.from_numpy(self.env.reset()).unsqueeze(0)
        return self.net(state).argmax(dim=-1)


parser = argparse.ArgumentParser()
parser.add_argument("--hidden_dim", type=int, default=64)
args, _ = parser.parse_known_args()
action = Runner(args).act()
