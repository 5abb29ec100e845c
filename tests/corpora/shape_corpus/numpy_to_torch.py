"""Data prepared with NumPy, then handed to torch: from_numpy, torch.tensor (on a device), the legacy FloatTensor; curves
sampled with np.linspace and np.newaxis (in a dtype, between unknown bounds), curves computed with np.power, np.square,
np.multiply and np.add, dtypes given by name (`"int64"`) or as `int`; a decoder built over reversed(range(n)); arrays
drawn from a `np.random.default_rng` Generator and rows picked from them by an integer array."""

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset


class TableDataset(Dataset):
    def __init__(self, rows=60):
        table = np.random.rand(rows, 7).astype(np.float32)
        self.features = torch.from_numpy(table[:, :-1])
        self.targets = torch.from_numpy(table[:, [-1]])
        self.count = table.shape[0]

    def __getitem__(self, index):
        return self.features[index], self.targets[index]

    def __len__(self):
        return self.count


noise = np.random.randn(3, 5)
weights = torch.tensor(noise)
as_float = torch.FloatTensor(noise)
scale = torch.from_numpy(np.array([0.5, 1.0, 2.0]).astype(np.float32))
ids = torch.as_tensor(np.array([[1, 2], [3, 4], [5, 6]]))
grid = torch.from_numpy(np.zeros((4, 4), dtype=np.float32))
normal = torch.tensor(np.random.normal(0.0, 1.0, size=(2, 3)), dtype=torch.float32)
picked = torch.from_numpy(np.ones(6).reshape(2, 3))
column = torch.from_numpy(np.expand_dims(np.ones(5), axis=1))
back = torch.from_numpy(weights.numpy().T)

model = nn.Sequential(nn.Linear(6, 4), nn.ReLU(), nn.Linear(4, 1))
loader = DataLoader(TableDataset(), batch_size=16, shuffle=True)
for features, targets in loader:
    predictions = model(features)
    loss = nn.functional.mse_loss(predictions, targets)

curve_x = torch.unsqueeze(torch.from_numpy(np.linspace(-1, 1, 50)), dim=1)
curve_y = torch.from_numpy(np.linspace(-1, 1, 50)[:, np.newaxis] ** 2 + 0.1)
phases = torch.tensor(np.linspace(0, np.pi, num=8, endpoint=False), dtype=torch.float32)
widths = [8, 16, 32]
decoder = nn.ModuleList(nn.Linear(widths[i], widths[i - 1] if i else 4) for i in reversed(range(len(widths))))
decoded = torch.randn(5, 32)
for layer in decoder:
    decoded = layer(decoded)

for step in range(3):
    start, end = step * np.pi, (step + 1) * np.pi
    window = np.linspace(start, end, 10, dtype=np.float32)
    inputs = torch.from_numpy(np.sin(window)[np.newaxis, :, np.newaxis])
grid = np.vstack([np.linspace(-1, 1, 15) for _ in range(64)])
scale = np.random.uniform(1, 2, size=64)[:, np.newaxis]
curves = torch.from_numpy(np.add(np.multiply(scale, np.power(grid, 2)), scale - 1)).float()
samples = np.linspace(-7, 10, 256)[:, np.newaxis]
parabola = torch.from_numpy(np.square(samples) - 5 + np.random.normal(0, 2, samples.shape)).float()
offsets = np.empty((6, 40), "int64")
offsets[:] = np.array(range(40)) + np.random.randint(-8, 8, 6).reshape(6, 1)
waves = torch.from_numpy(np.sin(offsets / 1.0 / 20).astype("float64"))
counts = torch.from_numpy(np.zeros(5, dtype=int))
on_device = torch.tensor(offsets, dtype=torch.float32, device=torch.device("cpu"))

rng = np.random.default_rng(3)
table_rows = rng.standard_normal((30, 7)).astype(np.float32)
row_classes = rng.integers(0, 4, size=30)
picked_ids = np.random.randint(0, 30, size=12)
picked_rows = torch.from_numpy(table_rows[picked_ids])
picked_classes = torch.as_tensor(row_classes[picked_ids])
picked_pairs = torch.from_numpy(table_rows[picked_ids, 2:5])
jitter = torch.from_numpy(rng.normal(0.0, 1.0, size=(2, 5)) + rng.random((2, 5)) + rng.uniform(-1, 1, (2, 5)))
