"""A map-style Dataset class with transforms, a collate function and DataLoader iteration; a dataset whose
examples are dicts of tensors, batched key by key by the default collation."""

import torch
from torch.utils.data import DataLoader, Dataset


class WindowDataset(Dataset):
    def __init__(self, series, window=8, horizon=2):
        self.series = series
        self.window = window
        self.horizon = horizon

    def __len__(self):
        return self.series.shape[0] - self.window - self.horizon + 1

    def __getitem__(self, index):
        x = self.series[index:index + self.window]
        y = self.series[index + self.window:index + self.window + self.horizon]
        return x, y


class ImageDataset(Dataset):
    def __init__(self, n=20):
        self.images = torch.rand(n, 3, 16, 16)
        self.labels = torch.arange(n) % 4

    def __len__(self):
        return len(self.images)

    def __getitem__(self, i):
        image = self.images[i]
        image = (image - 0.5) / 0.5
        return image, self.labels[i]


series = torch.randn(50, 3)
windows = WindowDataset(series)
x0, y0 = windows[0]
window_loader = DataLoader(windows, batch_size=10, shuffle=False)
for xb, yb in window_loader:
    flat_inputs = xb.reshape(xb.size(0), -1)

images = ImageDataset()
image0, label0 = images[3]
image_loader = DataLoader(images, batch_size=8, drop_last=True)
for batch_images, batch_labels in image_loader:
    channel_means = batch_images.mean(dim=(0, 2, 3))


def collate_pad(batch):
    lengths = torch.tensor([len(seq) for seq in batch])
    padded = torch.nn.utils.rnn.pad_sequence(batch, batch_first=True)
    return padded, lengths


sequences = [torch.ones(n, 2) for n in (3, 5, 4, 2)]
padded_batch, batch_lengths = collate_pad(sequences)
seq_loader = DataLoader(sequences, batch_size=2, collate_fn=collate_pad)
for seq_batch, seq_lengths in seq_loader:
    last_valid = seq_batch[torch.arange(seq_batch.size(0)), seq_lengths - 1]


class TokenPairs(Dataset):
    def __init__(self, count, length=16):
        self.count = count
        self.length = length

    def __len__(self):
        return self.count

    def __getitem__(self, i):
        ids = ([1] + [4 + (i * 7 + k) % 40 for k in range(3 + i % 9)] + [2])[: self.length]
        ids.extend([0] * (self.length - len(ids)))
        example = {"ids": ids, "is_next": i % 2}
        return {key: torch.tensor(value) for key, value in example.items()}


embed = torch.nn.Embedding(50, 12)
for record in DataLoader(TokenPairs(10), batch_size=4):
    record = {key: value.to("cpu") for key, value in record.items()}
    token_ids = record["ids"]
    embedded = embed(token_ids)
    next_labels = record["is_next"]
