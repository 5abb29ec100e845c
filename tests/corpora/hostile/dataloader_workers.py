import multiprocessing
import torch
from torch.utils.data import DataLoader, TensorDataset

before = torch.zeros(3)
dataset = TensorDataset(torch.randn(256, 8), torch.randint(0, 2, (256,)))
loader = DataLoader(dataset, batch_size=32, shuffle=True, num_workers=4, persistent_workers=True,
                    pin_memory=True, prefetch_factor=4)
for xb, yb in loader:
    logits = xb @ torch.randn(8, 2)
first = next(iter(loader))
pool = multiprocessing.Pool(4)
torch.multiprocessing.spawn(print, nprocs=4)
after = torch.ones(2, 2)
