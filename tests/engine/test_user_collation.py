"""Unit tests: a DataLoader's collate_fn (a function or a callable object) whose batches the engine cannot list one
by one (a sampler draws the samples, or the batch size is unknown) is interpreted with a list of any samples."""

from engine_support import hints_and_truth

SAMPLED = """
import os
import torch
from torch.utils.data import DataLoader, Dataset, SubsetRandomSampler


class Words(Dataset):
    def __len__(self):
        return 10

    def __getitem__(self, index):
        return torch.rand(1, 8, 20), index % 3


class Stack:
    def __init__(self, height):
        self.height = height

    def __call__(self, batch):
        images, labels = zip(*batch)
        return torch.cat([image.unsqueeze(0) for image in images], 0), torch.tensor(labels)


def pool(batch):
    images = torch.stack([image for image, _ in batch])
    return images.flatten(2), len(batch)


batch_size = len(os.environ.get("UNUSED", "")) + 4  # a size the engine does not know
sampler = SubsetRandomSampler(list(range(7)))
for images, labels in DataLoader(Words(), batch_size=3, sampler=sampler, collate_fn=Stack(8)):
    pass
for pooled, count in DataLoader(Words(), batch_size=batch_size, collate_fn=pool):
    pass
"""


def test_a_collate_fn_given_samples_the_engine_cannot_list_sees_a_list_of_any_samples(monkeypatch):
    found, truth = hints_and_truth(SAMPLED, monkeypatch)
    # the batch's length is the length of the list the function is given, named after its parameter
    assert found["images"] == "[batch, 1, 8, 20]" and truth["images"] == "[1, 1, 8, 20]"  # 7 drawn by threes
    assert found["labels"] == "[batch]"
    assert found["pooled"] == "[?, 1, 160]" and truth["pooled"] == "[2, 1, 160]"  # 10 by fours: 4, 4, 2


METHOD = """
import torch
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    def __init__(self, count, size):
        self.count = count
        self.size = size

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        return torch.rand(3, self.size, self.size), index

    def collate_fn(self, batch):
        inputs = torch.zeros(len(batch), 3, self.size, self.size)
        for i, (image, _) in enumerate(batch):
            inputs[i] = image
        return inputs, torch.tensor([index for _, index in batch])


images = Images(10, 16)
for inputs, indices in DataLoader(images, batch_size=2, shuffle=True, collate_fn=images.collate_fn):
    pass
"""


def test_a_collate_fn_that_is_a_method_of_the_dataset_is_called_with_the_dataset_as_self(monkeypatch):
    found, truth = hints_and_truth(METHOD, monkeypatch)
    assert found["inputs"] == truth["inputs"] == "[2, 3, 16, 16]"
    assert found["indices"] == truth["indices"] == "[2]"
