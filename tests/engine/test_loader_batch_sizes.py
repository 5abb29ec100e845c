"""Unit tests: the last batch of a DataLoader is as short as its dataset's length makes it, so loaders over datasets
of other lengths batch other sizes, while loaders over datasets of one length batch alike."""

import pytest
from engine_support import agrees, hints_and_truth

TWO_LENGTHS = """
    import torch
    from torch.utils.data import DataLoader, TensorDataset
    train = DataLoader(TensorDataset(torch.randn(100, 3)), batch_size=32, shuffle=True)
    test = DataLoader(TensorDataset(torch.randn(70, 3)), batch_size=32)
    for (x,), (a,) in zip(train, test):
        gap = torch.zeros(x.shape[0] - a.shape[0] + 40)
"""

ONE_LENGTH = """
    import torch
    from torch.utils.data import DataLoader, TensorDataset
    inputs = DataLoader(TensorDataset(torch.randn(100, 3)), batch_size=32)
    targets = DataLoader(TensorDataset(torch.randn(100, 2)), batch_size=32)
    for (x,), (y,) in zip(inputs, targets):
        pair = torch.cat([x, y], dim=1)
"""


def test_loaders_over_datasets_of_other_lengths_are_not_claimed_to_batch_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    hints, truth = hints_and_truth(TWO_LENGTHS, monkeypatch)
    assert agrees(hints.get("gap"), truth["gap"]), (hints.get("gap"), truth["gap"])


def test_loaders_over_datasets_of_one_length_batch_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    hints, truth = hints_and_truth(ONE_LENGTH, monkeypatch)
    assert hints["pair"] == "[≤32, 5]" and agrees(hints["pair"], truth["pair"]), (hints, truth)
