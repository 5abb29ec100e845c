"""Engine tests: numpy's `all` and `any` (methods and functions) give bool arrays with the axes removed (kept as 1
with keepdims), whatever the array's dtype; `np.argmax` / `np.argmin` are the array methods. Truths come from
running each program."""

from engine_support import hints_and_truth

SERIES = """
import numpy as np
import torch

data = np.random.randn(40, 96, 3).astype(np.float32)
missing = np.isnan(data).all(axis=-1)
present = torch.from_numpy(~missing)
rows = torch.from_numpy(np.isnan(data).all(axis=2).any(axis=1))
kept = torch.from_numpy(np.any(data > 0, axis=(0, 2), keepdims=True))
first = torch.from_numpy(np.argmax(~missing, axis=1))
last = torch.from_numpy(np.argmin(data, axis=0))
"""


def test_all_and_any_remove_their_axes(monkeypatch):
    found, truth = hints_and_truth(SERIES, monkeypatch)
    for name in ("present", "rows", "kept", "first", "last"):
        assert found[name] == truth[name], name
