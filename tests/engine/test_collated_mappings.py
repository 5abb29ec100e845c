"""Unit tests: the DataLoader's default collation keeps a dict sample's keys, each entry batched."""

from engine_support import hints_and_truth

DICT_SAMPLES = """
import torch
from torch.utils.data import DataLoader, Dataset


class Records(Dataset):
    def __len__(self):
        return 12

    def __getitem__(self, index):
        tokens = [index % 7] * 9
        return {"tokens": torch.tensor(tokens), "mask": torch.ones(9, 3), "label": index % 2}


for batch in DataLoader(Records(), batch_size=4):
    batch = {key: value.to("cpu") for key, value in batch.items()}
    tokens = batch["tokens"]
    mask = batch["mask"]
    label = batch["label"]
"""


def test_a_dict_sample_batches_entry_by_entry(monkeypatch):
    found, truth = hints_and_truth(DICT_SAMPLES, monkeypatch)
    for name in ("tokens", "mask", "label"):  # 12 records in batches of 4: each batch full
        assert found[name] == truth[name], name
