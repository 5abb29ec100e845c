"""Engine tests: where two paths merge, sizes equal on each path stay equal (a batch's inputs and labels, 128 on one
path and 16 on the other, share one symbol), and a symbol that stands for a join already is kept only where every
place pairs it alike (else two sizes that differ on one path would read as equal). Truths come from running each
program."""

from engine_support import hints_and_truth

BATCHES = """
import torch
import torch.nn.functional as F


def batches(inputs, codes, size):
    order = torch.randperm(len(inputs))
    for start in range(0, len(inputs), size):
        idx = order[start : start + size]
        yield {"x": inputs[idx], "codes": codes[idx]}


inputs, codes = torch.randn(400, 8), torch.randint(0, 4, (400, 2))
for batch in batches(inputs, codes, 128):
    one_hot = [F.one_hot(column, 4) for column in batch["codes"].T]
    features = torch.cat([batch["x"], *one_hot], 1)
"""

DIVERGING = """
import os
import torch

if os.environ.get("UNUSED"):
    x = torch.zeros(3)
else:
    x = torch.zeros(4)
y = x.clone()
if not os.environ.get("UNUSED"):
    x = torch.zeros(7)
    y = torch.zeros(5)
gap = torch.zeros(x.shape[0] - y.shape[0] + 1)
"""


def test_sizes_paired_alike_on_two_paths_stay_equal(monkeypatch):
    found, truth = hints_and_truth(BATCHES, monkeypatch)
    assert found["features"] == "[?, 16]" and truth["features"] == "[16, 16]"  # 400 by 128: the last batch is 16


def test_a_joined_size_paired_with_two_sizes_is_not_kept(monkeypatch):
    found, truth = hints_and_truth(DIVERGING, monkeypatch)
    assert truth["gap"] == "[3]" and found["gap"] == "[?]"  # x and y were equal (3 or 4) only on the first path
