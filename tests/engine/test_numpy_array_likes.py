"""Engine tests: numpy functions turn their array argument into an array first (`np.asarray`), so a Python
number or a list of numbers given to `np.reshape` / `np.transpose` is reshaped like the array numpy makes of it, as
a gym-style step reshapes its float reward to a [1, 1] array. Truths come from running the program."""

import numpy as np
import torch
from engine_support import hints_and_truth

NUMBERS = """
import numpy as np
import os
import torch

reward = -float(len(os.environ.get("UNUSED", "")))
done = len(os.environ.get("UNUSED", "")) > 3
rewards = torch.from_numpy(np.reshape(reward, (1, -1)))
masks = torch.from_numpy(1 - np.reshape(done, (1, -1)).astype(np.float64))
steps = torch.from_numpy(np.reshape(len(os.environ.get("UNUSED", "")), (1, 1, 1)))
pairs = torch.from_numpy(np.transpose([[reward, 1.0, 2.0], [3.0, 4.0, reward]]))
grid = torch.from_numpy(np.reshape([1, 2, 3, 4, 5, 6], (3, 2)))
"""


def test_numbers_and_lists_become_arrays_before_a_reshape(monkeypatch):
    found, truth = hints_and_truth(NUMBERS, monkeypatch)
    for name in ("rewards", "masks", "steps", "pairs", "grid"):
        assert found[name] == truth[name], name


def test_a_number_becomes_an_array_of_numpys_dtype_for_it():
    assert np.reshape(-1.5, (1, -1)).dtype == np.float64 and np.reshape(3, (1,)).dtype == np.int64
    source = "import numpy as np\nimport torch\nx = torch.from_numpy(np.reshape(-1.5, (1, -1)))\n"
    from torch_lsp.analysis.engine import analyse

    analysis = analyse(source, torch, "cpu", 4096, 30.0)
    x = next(b.value for b in analysis.hints() if b.name == "x")
    assert x.probe.dtype == torch.float64
