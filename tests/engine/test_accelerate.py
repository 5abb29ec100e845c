"""Engine tests: `Accelerator().prepare(...)` gives back the model, optimizer and loader it is given; a prepared
loader's batches are the loader's, but which one a process draws last is not known; `gather_for_metrics` has an
unknown first size; `unwrap_model` is the model. Truths come from running Accelerate (one process)."""

import pytest
from engine_support import hints_and_truth

pytestmark = pytest.mark.filterwarnings("ignore")

ACCELERATED = """
import torch
import torch.nn.functional as F
from accelerate import Accelerator
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

accelerator = Accelerator(cpu=True)
model = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 3))
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
loader = DataLoader(TensorDataset(torch.randn(22, 6), torch.randint(0, 3, (22,))), batch_size=8)
model, optimizer, loader = accelerator.prepare(model, optimizer, loader)
for features, labels in loader:
    logits = model(features)
    loss = F.cross_entropy(logits, labels)
    accelerator.backward(loss)
    optimizer.step()
    optimizer.zero_grad()
last_logits = logits
everyone = accelerator.gather_for_metrics(logits.argmax(-1))
plain = accelerator.unwrap_model(model)(torch.randn(2, 6))
"""


def test_prepared_objects_keep_their_shapes(monkeypatch):
    found, truth = hints_and_truth(ACCELERATED, monkeypatch)
    assert found.get("loss") == truth["loss"] == "[]"
    assert found.get("plain") == truth["plain"] == "[2, 3]"
    assert truth["last_logits"] == "[6, 3]" and found.get("last_logits") == "[≤8, 3]"  # the last batch drawn
    assert truth["everyone"] == "[6]" and found.get("everyone") == "[?]"  # one part per process
