"""Engine tests: a DataLoader's `dataset` attribute is the dataset it was given, and `dataset.__getitem__(k)` is
`dataset[k]`, as a training script reads single samples for visualisation from `self.data_loader.dataset`. Truths
come from running the program."""

from engine_support import hints_and_truth

SAMPLES = """
import torch
from torch.utils.data import DataLoader, Dataset, TensorDataset


class Images(Dataset):
    def __init__(self, n):
        self.images = torch.randn(n, 1, 8, 8)

    def __getitem__(self, index):
        return self.images[index]

    def __len__(self):
        return self.images.size(0)


loader = DataLoader(Images(10), batch_size=4, shuffle=True)
picked = loader.dataset.__getitem__(3)
indexed = loader.dataset[5].unsqueeze(0)
pairs = DataLoader(TensorDataset(torch.randn(6, 2), torch.zeros(6, 3)), batch_size=2)
features, targets = pairs.dataset.__getitem__(1)
"""


def test_a_loaders_dataset_gives_its_samples(monkeypatch):
    found, truth = hints_and_truth(SAMPLES, monkeypatch)
    for name in ("picked", "indexed", "features", "targets"):
        assert found[name] == truth[name], name
