"""Engine tests: `with tqdm(iterable) as bar` binds the bar itself (tqdm's `__enter__` returns it), so iterating
`bar` walks the items of what it wraps. Truths come from running the program with tqdm itself."""

from engine_support import hints_and_truth

ENTERED_BAR = """
import torch
from torch.utils.data import DataLoader, TensorDataset
from tqdm import tqdm

loader = DataLoader(TensorDataset(torch.randn(40, 3), torch.randint(0, 2, (40,))), batch_size=8)
for epoch in range(2):
    with tqdm(loader, dynamic_ncols=True) as bar:
        for features, labels in bar:
            doubled = features * 2
            bar.set_postfix(loss=0.5)
"""


def test_a_bar_entered_by_with_yields_the_batches_of_its_loader(monkeypatch):
    found, truth = hints_and_truth(ENTERED_BAR, monkeypatch)
    assert found.get("doubled") == truth["doubled"] == "[8, 3]"
    assert found.get("labels") == truth["labels"] == "[8]"
