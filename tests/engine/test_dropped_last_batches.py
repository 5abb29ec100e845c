"""Unit tests: a DataLoader that drops the last short batch yields batches of exactly `batch_size`, a size read
from the command line included."""

import pytest
from engine_support import hints_and_truth

DEFAULT_BATCH = 4
LOADER = f"""
    import argparse
    import torch
    from torch.utils.data import DataLoader, TensorDataset

    parser = argparse.ArgumentParser()
    parser.add_argument("--batch_size", type=int, default={DEFAULT_BATCH})
    args = parser.parse_args()
    data = TensorDataset(torch.rand(10, 3), torch.zeros(10))
    for dropped, _ in DataLoader(data, batch_size=args.batch_size, shuffle=True, drop_last=True):
        dropped = dropped * 2
    for kept, _ in DataLoader(data, batch_size=args.batch_size):
        kept = kept * 2
"""


def test_every_batch_holds_the_named_batch_size_when_the_last_is_dropped(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(LOADER, monkeypatch)
    assert found["dropped"].replace("batch_size", str(DEFAULT_BATCH)) == truth["dropped"]
    assert "batch_size" not in found["kept"]  # the last batch may be shorter
