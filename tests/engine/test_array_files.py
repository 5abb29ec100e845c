"""Engine tests: an array the program saves with `np.save` / `np.savez` loads back with `np.load` (`.npy` added
to a path without it, an archive's arrays by name), and paths joined with `os.path` are the strings Python
joins. Truths come from running the program (in a temporary folder)."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

ROUND_TRIP = """
import os

import numpy as np
import torch

root = "cache"
os.makedirs(root, exist_ok=True)
np.save(os.path.join(root, "features"), np.random.rand(10, 5, 3).astype(np.float32))
np.savez(os.path.join(root, "split.npz"), np.arange(7), labels=np.zeros((4, 2), dtype=np.int64))
features = torch.from_numpy(np.load(os.path.join(root, "features.npy")))
archive = np.load(os.path.join(root, "split.npz"))
first = torch.from_numpy(archive["arr_0"])
labels = torch.from_numpy(archive["labels"])
name, extension = os.path.splitext(os.path.basename(os.path.join(root, "features.npy")))
widths = torch.zeros(len(name), len(extension))
"""


def test_saved_arrays_load_back_and_paths_join_as_python_joins(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    found, truth = hints_and_truth(ROUND_TRIP, monkeypatch)
    names = ("features", "first", "labels", "widths")
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
    assert truth["features"] == "[10, 5, 3]" and truth["widths"] == "[8, 4]"


NOT_SAVED = """
import numpy as np
import torch

np.save("weights.npy", np.ones((3, 2)))
other = torch.from_numpy(np.load("other.npy"))
"""


def test_a_path_the_program_did_not_save_to_loads_nothing_known():
    analysis = analyse(textwrap.dedent(NOT_SAVED), torch, "cpu", 4096, 30.0)
    assert "other" not in {binding.name for binding in analysis.hints()}
