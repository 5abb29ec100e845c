"""The same small model written with different import styles."""

import torch as T
import torch.nn as tnn
import torch.nn.functional as F
from torch import nn, randn, zeros
from torch.nn import Linear, ReLU, Sequential
from torch.nn.functional import softmax as sm
import torch.optim as optim

x = T.randn(8, 20)
h = T.zeros(8, 5)
r = randn(4, 4)
z = zeros(3)
lin = Linear(20, 5)
y = lin(x)
act = ReLU()(y)
layer = nn.Linear(5, 2)
out = layer(act)
probs = sm(out, dim=1)
logp = F.log_softmax(out, dim=1)
mlp = Sequential(Linear(20, 16), ReLU(), Linear(16, 3))
mlp_out = mlp(x)
conv = tnn.Conv1d(4, 6, kernel_size=3)
signal = T.randn(2, 4, 10)
conv_out = conv(signal)
pooled = F.adaptive_avg_pool1d(conv_out, 1).squeeze(-1)
stacked = T.stack([x, x], dim=0)
catted = T.cat([h, y], dim=1)
optimizer = optim.SGD(mlp.parameters(), lr=0.1)
loss = F.cross_entropy(mlp_out, T.randint(0, 3, (8,)))
