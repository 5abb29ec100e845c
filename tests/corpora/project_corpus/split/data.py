import torch
from torch.utils.data import DataLoader, TensorDataset

N_FEATURES = 20


def make_loader(n=256, batch_size=64):
    features = torch.randn(n, N_FEATURES)
    labels = torch.randint(0, 5, (n,))
    dataset = TensorDataset(features, labels)
    return DataLoader(dataset, batch_size=batch_size, shuffle=True, drop_last=True)
