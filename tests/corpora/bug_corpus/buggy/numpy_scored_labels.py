import numpy as np
import torch
import torch.nn as nn

features = np.random.rand(64, 5).astype(np.float32)
weights = np.random.rand(5)
labels = (features @ weights > 1.2).astype(np.float32)
model = nn.Sequential(nn.Linear(5, 8), nn.Tanh(), nn.Linear(8, 1))
logits = model(torch.from_numpy(features))
loss = nn.BCEWithLogitsLoss()(logits, torch.from_numpy(labels))
