"""Engine tests: a tqdm progress bar yields the items of what it wraps (a DataLoader, `enumerate(...)`, a list),
`trange(n)` those of `range(n)`, and the bar's own methods change nothing. Truths come from running the program
with tqdm itself."""

from engine_support import hints_and_truth

BARS = """
import torch
from torch.utils.data import DataLoader, TensorDataset
from tqdm import tqdm, trange
from tqdm.auto import tqdm as auto_tqdm

loader = DataLoader(TensorDataset(torch.randn(40, 3), torch.randint(0, 2, (40,))), batch_size=8)
for features, labels in tqdm(loader, desc="train", leave=False):
    doubled = features * 2
bar = auto_tqdm(enumerate(loader), total=len(loader))
for step, (batch, targets) in bar:
    shifted = batch + 1
    bar.set_postfix(loss=0.5)
    bar.update(1)
bar.close()
widths = [torch.zeros(n, 2) for n in tqdm([1, 2, 3])]
last = widths[-1]
steps = [step for step in trange(2, 6)]
counted = torch.zeros(len(steps), steps[0])
"""


def test_progress_bars_yield_what_they_wrap(monkeypatch):
    found, truth = hints_and_truth(BARS, monkeypatch)
    assert found.get("doubled") == truth["doubled"] == "[8, 3]"
    assert found.get("shifted") == truth["shifted"] == "[8, 3]"
    assert found.get("last") == truth["last"] == "[3, 2]"
    assert found.get("counted") == truth["counted"] == "[4, 2]"


OPTIONAL_BAR = """
import argparse
import torch
from torch.utils.data import DataLoader, TensorDataset
from tqdm import tqdm

parser = argparse.ArgumentParser()
parser.add_argument("--quiet", action="store_true")
args = parser.parse_args()
loader = DataLoader(TensorDataset(torch.randn(40, 3), torch.randint(0, 2, (40,))), batch_size=8)
if not args.quiet:
    loader = tqdm(loader)
for features, labels in loader:
    tripled = features * 3
    if not args.quiet:
        loader.set_description("train")
"""


def test_a_loader_wrapped_in_a_bar_on_one_path_yields_its_batches(monkeypatch):
    found, truth = hints_and_truth(OPTIONAL_BAR, monkeypatch)
    assert found.get("tripled") == truth["tripled"] == "[8, 3]"
    assert found.get("labels") == truth["labels"] == "[8]"
