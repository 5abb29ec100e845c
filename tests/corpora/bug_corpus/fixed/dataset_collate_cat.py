import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset


class Patches(Dataset):
    def __init__(self, count):
        self.images = [torch.rand(3, 8, 8) for _ in range(count)]
        self.labels = [index % 2 for index in range(count)]

    def __len__(self):
        return len(self.images)

    def __getitem__(self, index):
        return self.images[index], self.labels[index]


def collate(samples):
    images = torch.stack([image for image, _ in samples])
    labels = torch.tensor([label for _, label in samples])
    return images, labels


loader = DataLoader(Patches(12), batch_size=4, shuffle=True, collate_fn=collate)
conv = nn.Conv2d(3, 5, kernel_size=3)
for images, labels in loader:
    maps = conv(images)
