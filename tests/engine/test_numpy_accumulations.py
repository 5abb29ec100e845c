"""Engine tests: `np.cumsum` / `np.cumprod` (and the array methods) keep the shape along an axis and flatten
without one, accumulating ints as int64, of an array or of the array a list makes; `np.append` takes a known
number as a 0-d array. Truths come from running each program."""

import textwrap
from typing import Any

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

SCHEDULE = """
import numpy as np
import torch

betas = np.linspace(1e-4, 0.02, 40)
alphas = 1.0 - betas
cumulative = np.cumprod(alphas, axis=0)
previous = np.append(1.0, cumulative[:-1])
following = np.append(cumulative[1:], 0)
grid = np.ones((3, 5), dtype=np.int32)
flat = torch.from_numpy(grid.cumsum())
rows = torch.from_numpy(np.cumsum(grid, axis=1))
scale = torch.from_numpy(np.sqrt(previous))
"""

LISTS = """
import numpy as np
import torch

sizes = [100, 50, 20, 300]
offsets = torch.tensor(np.cumsum([0] + sizes[:-1]), dtype=torch.long)
products = torch.from_numpy(np.cumprod([[1, 2], [3, 4]], axis=0))
"""


def test_accumulations_and_appended_numbers(monkeypatch):
    found, truth = hints_and_truth(SCHEDULE, monkeypatch)
    assert found["scale"] == truth["scale"] == "[40]"
    assert found["flat"] == truth["flat"] == "[15]"
    assert found["rows"] == truth["rows"] == "[3, 5]"


def test_accumulated_ints_are_int64():
    analysis = analyse(textwrap.dedent(SCHEDULE), torch, "cpu", 4096, 30.0)
    dtypes = {b.name: b.value.probe.dtype for b in analysis.hints() if hasattr(b.value, "probe")}
    namespace: dict[str, Any] = {}
    exec(compile(textwrap.dedent(SCHEDULE), "<schedule>", "exec"), namespace)
    assert dtypes["flat"] == namespace["flat"].dtype == torch.int64
    assert dtypes["rows"] == namespace["rows"].dtype


def test_accumulations_of_lists(monkeypatch):
    found, truth = hints_and_truth(LISTS, monkeypatch)
    assert found == truth, (found, truth)
