import numpy as np
import torch
from torch import nn

table = np.random.rand(50, 9).astype(np.float32)
features = torch.from_numpy(table[:, 1:])
labels = torch.from_numpy(table[:, [0]])
model = nn.Linear(8, 1)
loss = nn.functional.binary_cross_entropy_with_logits(model(features), labels)
