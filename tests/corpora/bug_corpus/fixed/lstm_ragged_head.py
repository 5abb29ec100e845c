import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

gen = torch.Generator().manual_seed(0)
data = TensorDataset(torch.randn(50, 7, 12, generator=gen), torch.randint(0, 3, (50,), generator=gen))
loader = DataLoader(data, batch_size=16)
encoder = nn.LSTM(12, 20, batch_first=True)
head = nn.Linear(20, 3)
for xb, yb in loader:
    states, _ = encoder(xb)
    logits = head(states[:, -1])
