"""Engine tests: torch.utils.data's samplers iterated in user code (PPO's minibatches: `for index in
BatchSampler(SubsetRandomSampler(range(n)), batch_size, False)`): a BatchSampler yields lists of as many indices
as its batch size (the last one shorter unless `drop_last`), so a tensor indexed by one has that many rows.
Truths come from running the program."""

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

MINIBATCHES = """
import os
import torch
from torch.utils.data import BatchSampler, RandomSampler, SequentialSampler, SubsetRandomSampler

buffer = [torch.randn(4) for _ in range(len(os.environ.get("UNUSED", "")) + 10)]
states = torch.stack(buffer)
returns = torch.randn(len(buffer))
grid = torch.randn(12, 5)
for index in BatchSampler(SubsetRandomSampler(range(len(buffer))), 4, False):
    picked = states[index]
    targets = returns[index].view(-1, 1)
    errors = targets - picked.sum(1, keepdim=True)
for rows in BatchSampler(RandomSampler(range(12)), 4, True):
    exact = grid[rows]
for ordered in BatchSampler(SequentialSampler(range(12)), batch_size=3, drop_last=False):
    thirds = grid[ordered]
"""


def test_a_batch_sampler_yields_lists_of_its_batch_size(monkeypatch):
    found, truth = hints_and_truth(MINIBATCHES, monkeypatch)
    for name in ("exact", "thirds"):
        assert found[name] == truth[name], name
    for name in ("picked", "targets", "errors"):
        assert found[name].startswith("[≤4") and found[name][len("[≤4") :] == truth[name][len("[4") :], name


def test_a_short_last_batch_is_never_claimed_full():
    source = MINIBATCHES.replace("range(12)), 4, True", "range(10)), 4, False")
    hints = {b.name: b for b in analyse(source, torch, "cpu", 4096, 30.0).hints()}
    assert "exact" in hints and hints["exact"].value.shape[0] != 4


LOADER = """
import torch
from torch.utils.data import DataLoader, SubsetRandomSampler, TensorDataset

data = TensorDataset(torch.randn(400, 39), torch.randn(400))
train = DataLoader(data, batch_size=50, sampler=SubsetRandomSampler(range(300)))
for rows, labels in train:
    features = rows.sum(1) + labels
held_out = DataLoader(data, batch_size=30, sampler=SubsetRandomSampler(list(range(300, 400))))
for kept, _ in held_out:
    scores = kept[:, 0]
"""


def test_a_loader_draws_as_many_samples_as_its_sampler_yields(monkeypatch):
    found, truth = hints_and_truth(LOADER, monkeypatch)
    assert found["features"] == truth["features"] == "[50]"
    assert found["scores"].startswith("[≤30")  # 100 samples: three batches of 30, then one of 10


def test_a_sampler_of_some_other_count_is_no_full_batch():
    source = LOADER.replace("SubsetRandomSampler(range(300))", "torch.utils.data.RandomSampler(data, num_samples=90)")
    hints = {b.name: b for b in analyse(source, torch, "cpu", 4096, 30.0).hints()}
    assert "features" not in hints or hints["features"].value.shape[0] != 50
