"""Engine tests: `a.item()` of a numpy array is one Python number of the array's kind (numpy raises unless the array
has one item), so the actions an agent draws as `t.numpy().item()` and stores make an array of as many numbers."""

from engine_support import hints_and_truth

ITEMS = """
import numpy as np
import torch

draws = []
for step in range(6):
    picked = torch.randint(0, 3, (1,))
    draws.append(picked.cpu().numpy().item())
actions = torch.tensor(np.array(draws), dtype=torch.float32)
scores = [np.ones((1, 1)).item() for _ in range(4)]
values = torch.tensor(np.array(scores))
flags = torch.from_numpy(np.array([np.zeros(2, dtype=bool).item(1)]))
"""


def test_one_number_per_item(monkeypatch):
    found, truth = hints_and_truth(ITEMS, monkeypatch)
    for name in ("actions", "values", "flags"):
        assert found.get(name) == truth[name], name
