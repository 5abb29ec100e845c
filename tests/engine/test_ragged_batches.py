"""`pad_sequence` of a batch of samples of their own lengths: one row per sample and the longest length, whichever
way `batch_first` is given."""

from engine_support import hints_and_truth

BATCHES = """
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset


class Sentences(Dataset):
    def __init__(self):
        self.ids = [torch.randint(1, 9, (3 + i % 5,)) for i in range(32)]

    def __getitem__(self, index):
        return self.ids[index]

    def __len__(self):
        return len(self.ids)


def by_keyword(batch):
    return pad_sequence(batch, batch_first=True)


def by_position(batch):
    return pad_sequence(batch, True, 0)


def time_major(batch):
    return pad_sequence(batch)


for keyword in DataLoader(Sentences(), batch_size=16, collate_fn=by_keyword):
    pass
for position in DataLoader(Sentences(), batch_size=16, collate_fn=by_position):
    pass
for steps in DataLoader(Sentences(), batch_size=16, collate_fn=time_major):
    pass
"""


def test_padded_batches_have_one_row_per_sample_on_the_batch_axis(monkeypatch):
    found, truth = hints_and_truth(BATCHES, monkeypatch)
    for name, rows in (("keyword", 0), ("position", 0), ("steps", 1)):
        hint = found[name][1:-1].split(", ")
        assert hint[rows] == truth[name][1:-1].split(", ")[rows], (name, found[name], truth[name])
        assert hint[1 - rows] == "?", (name, found[name])
