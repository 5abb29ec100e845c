"""Unit tests: a DataLoader over one of several datasets (picked by a command-line choice) yields a batch of a
sample any of them may give."""

import pytest
from engine_support import hints_and_truth

CHOSEN = """
    import argparse
    import torch
    from torch.utils.data import DataLoader, Dataset

    class Images(Dataset):
        def __init__(self, count):
            self.data = torch.rand(count, 3, 8, 8)

        def __len__(self):
            return len(self.data)

        def __getitem__(self, index):
            return self.data[index], index

    parser = argparse.ArgumentParser()
    parser.add_argument("--name", default="small", choices=["small", "large"])
    args = parser.parse_args()
    makers = {"small": lambda: Images(12), "large": lambda: Images(20)}
    dataset = makers[args.name]()
    for images, labels in DataLoader(dataset, batch_size=4, drop_last=True):
        pooled = images.mean(1)
"""


def test_a_loader_over_one_of_several_datasets_knows_its_batches(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(CHOSEN, monkeypatch)
    assert {name: found.get(name) for name in ("images", "labels", "pooled")} == {
        name: truth[name] for name in ("images", "labels", "pooled")
    }
