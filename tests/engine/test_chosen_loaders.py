"""Engine tests: a name that holds one of several DataLoaders (picked by a command-line option) yields a batch of
either, and its first batch is the first batch of either. Truths come from running the program."""

from engine_support import hints_and_truth

CHOSEN = """
import argparse
import torch
from torch.utils.data import DataLoader, TensorDataset

parser = argparse.ArgumentParser()
parser.add_argument("--split", default="train", choices=["train", "test"])
args = parser.parse_args()
train_loader = DataLoader(TensorDataset(torch.rand(16, 3, 8, 8), torch.randint(0, 2, (16,))), batch_size=4)
test_loader = DataLoader(TensorDataset(torch.rand(10, 3, 8, 8), torch.randint(0, 2, (10,))), batch_size=4)
if args.split == "train":
    loader = train_loader
else:
    loader = test_loader
images, labels = next(iter(loader))
for batch, targets in loader:
    pooled = batch.mean(1)
"""


def test_a_loader_picked_by_an_option_yields_the_batches_of_either(monkeypatch):
    found, truth = hints_and_truth(CHOSEN, monkeypatch)
    assert found.get("images") == truth["images"] == "[4, 3, 8, 8]"
    assert found.get("labels") == truth["labels"] == "[4]"
    assert truth["pooled"] == "[4, 8, 8]"
    assert found.get("pooled") == "[≤4, 8, 8]"
