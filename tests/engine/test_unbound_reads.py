"""Engine tests: reading a function's local variable before any binding of it raises UnboundLocalError, so in a
`try` body the statements after the read do not run and only the handler that catches it does (the loader
restarted on demand: `try: batch = next(batches) except: batches = iter(loader)`; the first step has no
`batches` yet). What the body would have bound is not joined in. Truths come from running the program."""

from engine_support import hints_and_truth

RESTARTED = """
import torch
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader(TensorDataset(torch.randn(8, 5, 3), torch.randn(8, 7)), batch_size=4)


def train(steps):
    for step in range(steps):
        try:
            inputs, targets = next(batches)
        except:
            batches = iter(loader)
            inputs, targets = next(batches)
        features = inputs.flatten(1)
        scores = torch.cat((features, targets), 1)
    return inputs, targets, features, scores


def first_seen(items):
    for item in items:
        try:
            total += item
        except UnboundLocalError:
            total = item * 2
    return total


batch, labels, flat, joined = train(40)
doubled = first_seen([torch.ones(2, 6)] * 30)
"""


def test_an_unbound_local_read_goes_to_its_handler(monkeypatch):
    found, truth = hints_and_truth(RESTARTED, monkeypatch)
    for name in ("batch", "labels", "flat", "joined", "doubled"):
        assert found[name] == truth[name], name
    assert found["features"] == truth["flat"] and found["scores"] == truth["joined"]  # inside `train`
