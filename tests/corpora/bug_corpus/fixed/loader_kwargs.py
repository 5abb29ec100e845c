import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

features = torch.randn(64, 12)
targets = torch.randn(64, 1)
loader_kwargs = {"batch_size": 16, "shuffle": True}
if torch.cuda.is_available():
    loader_kwargs.update({"num_workers": 1, "pin_memory": True})
loader = DataLoader(TensorDataset(features, targets), **loader_kwargs)
model = nn.Sequential(nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 1))
for xb, yb in loader:
    loss = nn.functional.mse_loss(model(xb), yb)
