import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

rng = np.random.default_rng(42)
signals = rng.normal(0.0, 1.0, size=(64, 3, 50)).astype(np.float32)
classes = rng.integers(0, 4, size=64)
x = torch.from_numpy(signals)
y = torch.from_numpy(classes)
net = nn.Sequential(nn.Conv1d(3, 8, 5), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(8, 4))
loss = F.cross_entropy(net(x), y)
