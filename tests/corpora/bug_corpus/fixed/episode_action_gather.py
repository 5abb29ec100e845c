import numpy as np
import torch
import torch.nn as nn

policy = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 2), nn.Softmax(dim=1))
states, actions = [], []
for t in range(50):
    states.append(np.random.rand(4).astype(np.float32))
    actions.append([t % 2])
    if np.random.rand() < 0.1:
        break
s = torch.tensor(states)
a = torch.tensor(actions)
chosen = policy(s).gather(1, a)
