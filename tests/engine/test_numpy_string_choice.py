"""Engine tests: `np.random.choice` from a list of strings gives an array of strings of the drawn shape, and
comparing it with a string gives a bool mask of that shape (a random train/valid/test split of a table). Truths
come from running the program."""

from engine_support import agrees, hints_and_truth

SPLIT = """
import numpy as np
import torch

n_rows = 60
table = np.random.randn(n_rows, 10)
labels = np.random.randint(0, 2, n_rows)
split = np.random.choice(["train", "valid", "test"], p=[0.8, 0.1, 0.1], size=(n_rows,))
train_mask = torch.from_numpy(split == "train")
train_rows = torch.from_numpy(table[split == "train"])
other_labels = torch.from_numpy(labels[split != "train"])
width = torch.zeros(table[split == "valid"].shape[1])
ranks = torch.zeros(split.ndim, split.shape[0])
grid = np.random.default_rng(0).choice(("a", "b"), size=(3, 4))
grid_mask = torch.from_numpy("a" == grid)
"""


def test_a_string_choice_is_an_array_of_its_size_and_comparisons_are_masks(monkeypatch):
    found, truth = hints_and_truth(SPLIT, monkeypatch)
    for name in ("train_mask", "width", "ranks", "grid_mask"):
        assert found.get(name) == truth[name], name
    for name in ("train_rows", "other_labels"):
        assert name in found and agrees(found[name], truth[name]), name
