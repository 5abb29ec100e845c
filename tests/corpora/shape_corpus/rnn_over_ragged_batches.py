"""Recurrent layers, upsampling and seeded sampling over a DataLoader whose last batch is smaller."""

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

gen = torch.Generator().manual_seed(0)
noise = torch.randn(6, 4, generator=gen)
uniform = torch.rand(3, 5, generator=gen, dtype=torch.float64)
perm = torch.randperm(10, generator=gen)
picks = torch.randint(0, 7, (2, 3), generator=gen)
laid_out = torch.zeros(2, 3, layout=torch.strided, pin_memory=False)

sequences = torch.randn(50, 7, 12, generator=gen)
labels = torch.randint(0, 3, (50,), generator=gen)
loader = DataLoader(TensorDataset(sequences, labels), batch_size=16)

encoder = nn.LSTM(12, 20, batch_first=True)
bi_gru = nn.GRU(12, 10, batch_first=True, bidirectional=True)
cell = nn.RNN(12, 6)
head = nn.Linear(20, 3)
upsample = nn.Upsample(scale_factor=2)

for xb, yb in loader:
    states, (h_n, c_n) = encoder(xb)
    last = states[:, -1]
    logits = head(last)
    loss = F.cross_entropy(logits, yb)
    gru_out, gru_h = bi_gru(xb)
    time_major = xb.transpose(0, 1)
    rnn_out, rnn_h = cell(time_major)
    image = xb.unsqueeze(1)
    bigger = upsample(image)
    resized = F.interpolate(image, scale_factor=0.5)
    mask = torch.rand(xb.shape[0], 7, generator=gen) > 0.5


# sentences of their own lengths, padded to the longest one of each batch by the collate function
class Sentences(torch.utils.data.Dataset):
    def __init__(self, count):
        self.ids = [torch.randint(1, 30, (int(torch.randint(3, 9, ())),)) for _ in range(count)]

    def __getitem__(self, index):
        return {"ids": self.ids[index], "label": index % 3}

    def __len__(self):
        return len(self.ids)


def pad_batch(batch):
    ids = nn.utils.rnn.pad_sequence([example["ids"] for example in batch], batch_first=True)
    lengths = torch.tensor([len(example["ids"]) for example in batch])
    targets = torch.tensor([example["label"] for example in batch])
    return ids, lengths, targets


embed = nn.Embedding(30, 12)
for ids, lengths, targets in DataLoader(Sentences(40), batch_size=16, collate_fn=pad_batch):
    embedded = embed(ids)
    outputs, (final, _) = encoder(embedded)
    scores = head(final[-1])
    sentence_loss = F.cross_entropy(scores, targets)
