import numpy as np
import torch
import torch.nn as nn

raw = np.random.rand(30, 3)
scaled = (raw - raw.mean(axis=0, keepdims=True)) / raw.std(axis=0, keepdims=True)
inputs = torch.from_numpy(scaled).float()
targets = torch.randn(30, 1)
regressor = nn.Linear(3, 1)
optimizer = torch.optim.Adam(regressor.parameters(), lr=0.1)


def closure():
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(regressor(inputs), targets)
    loss.backward()
    return loss


optimizer.step(closure)
