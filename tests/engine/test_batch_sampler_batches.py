"""Engine tests: a DataLoader given a `batch_sampler` collates, for each batch, the samples at the indices one step
of iterating the sampler yields, so a batch has as many rows as those indices (a user sampler yielding a tensor of
indices, an episode of classes times samples; torch's BatchSampler). Truths come from running the program."""

from engine_support import agrees, hints_and_truth

EPISODES = """
import torch
from torch.utils.data import BatchSampler, DataLoader, Dataset, SequentialSampler


class Images(Dataset):
    def __init__(self):
        self.x = [torch.rand(1, 28, 28) for _ in range(60)]

    def __getitem__(self, idx):
        return self.x[idx], idx % 10

    def __len__(self):
        return len(self.x)


class Episodes:
    def __init__(self, classes_per_it, num_samples, iterations):
        self.classes_per_it = classes_per_it
        self.sample_per_class = num_samples
        self.iterations = iterations

    def __iter__(self):
        for it in range(self.iterations):
            batch = torch.LongTensor(self.sample_per_class * self.classes_per_it)
            yield batch[torch.randperm(len(batch))] % 60

    def __len__(self):
        return self.iterations


def loader(mode):
    sampler = Episodes(10, 4, 3) if mode == "train" else Episodes(5, 5, 3)
    return DataLoader(Images(), batch_sampler=sampler)


for x, y in loader("train"):
    train_x, train_y = x, y
for x, y in loader("val"):
    val_x, val_y = x, y
for rows, labels in DataLoader(Images(), batch_sampler=BatchSampler(SequentialSampler(range(60)), 6, True)):
    rows_x = rows.flatten(1)
"""


def test_a_batch_has_as_many_rows_as_the_indices_the_batch_sampler_yields(monkeypatch):
    found, truth = hints_and_truth(EPISODES, monkeypatch)
    for name in ("train_x", "train_y", "val_x", "val_y", "rows_x"):
        assert found[name] == truth[name], name


def test_indices_of_several_lengths_make_a_size_no_batch_is_claimed_to_have(monkeypatch):
    source = EPISODES.replace('Episodes(10, 4, 3) if mode == "train" else Episodes(5, 5, 3)', "Episodes(10, 4, 3)")
    source = source.replace("for it in range(self.iterations):", "for it in range(1, self.iterations):")
    source = source.replace("self.sample_per_class * self.classes_per_it", "self.sample_per_class * it")
    found, truth = hints_and_truth(source, monkeypatch)
    assert found["train_x"].endswith(", 1, 28, 28]") and agrees(found["train_x"], truth["train_x"])
    assert not found["train_x"].split(",")[0].strip("[").isdigit()
