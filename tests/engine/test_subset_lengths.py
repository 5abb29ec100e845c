"""Unit tests: `Subset(dataset, indices)` holds as many samples as there are indices, so a DataLoader over it
knows its batch sizes."""

import pytest
from engine_support import hints_and_truth


def test_a_subset_has_one_sample_per_index(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(
        """
        import torch
        from torch.utils.data import DataLoader, Subset, TensorDataset
        data = TensorDataset(torch.rand(50, 3, 4), torch.zeros(50))
        by_tensor = DataLoader(Subset(data, torch.arange(10, 42)), batch_size=8, shuffle=True)
        for x, y in by_tensor:
            x = x * 2
        by_list = DataLoader(Subset(data, [0, 5, 7, 9, 11]), batch_size=8)
        for first, label in by_list:
            first = first + 1
        by_range = DataLoader(Subset(data, indices=range(15)), batch_size=5)
        for rest, label in by_range:
            rest = rest.sum(1)
        """,
        monkeypatch,
    )
    assert {name: found[name] for name in ("x", "first", "rest")} == {
        name: truth[name] for name in ("x", "first", "rest")
    }
