"""Unit tests: a DataLoader over a user map-style dataset whose `__len__` gives a known int draws that many samples,
so its batches are known: every one full where the batch size divides the length, else the first one."""

from engine_support import agrees, hints_and_truth

IMAGES = """
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    def __init__(self, count):
        self.data = np.random.randint(0, 256, (count, 32, 32, 3), dtype=np.uint8)
        self.targets = np.random.randint(0, 10, count)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        image = torch.from_numpy(self.data[index]).permute(2, 0, 1).float() / 255.0
        return image, int(self.targets[index])


loader = DataLoader(Images(64), batch_size=16, shuffle=True)
(images, labels) = next(iter(loader))
for batch, target in loader:
    flat = batch.flatten(1)
uneven = DataLoader(Images(40), batch_size=16)
(first, first_labels) = next(iter(uneven))
for rest, rest_labels in uneven:
    rows = rest.flatten(1)
"""


def test_a_user_dataset_of_known_length_makes_known_batches(monkeypatch):
    hints, truth = hints_and_truth(IMAGES, monkeypatch)
    for name in ("images", "labels", "flat", "first", "first_labels"):
        assert hints.get(name) == truth[name], name
    assert hints["rows"] == "[≤16, 3072]" and agrees(hints["rows"], truth["rows"])
