import numpy as np
import torch
from torch import nn

embeddings = np.zeros((500, 24), dtype=np.float32)
labels = np.zeros(500, dtype=np.int64)
batch_ids = np.random.randint(0, 500, size=32)
features = torch.from_numpy(embeddings[batch_ids])
targets = torch.from_numpy(labels[batch_ids])
probe = nn.Linear(24, 3)
loss = nn.functional.cross_entropy(probe(features), targets)
