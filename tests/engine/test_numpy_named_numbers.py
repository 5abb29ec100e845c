"""Engine tests: a float numpy array and an int or float held in a name (a parameter, a computed number), which may
be a Python number or a numpy scalar, keep the array's shape; the dtype is one numpy gives for either (a float32
array divided by a Python int stays float32, by an `np.int64` becomes float64), so it is not claimed. Truths come
from running each program."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

GRIDS = """
import numpy as np
import torch


def grid(harmonics, backcast_size, forecast_size):
    frequency = np.append(np.zeros(1, dtype=np.float32),
                          np.arange(harmonics, harmonics / 2 * forecast_size, dtype=np.float32) / harmonics)[None, :]
    scaled = np.arange(backcast_size, dtype=np.float32)[:, None] / forecast_size
    return np.transpose(np.cos(-2 * np.pi * scaled * frequency))


template = torch.tensor(grid(1, 12, 6), dtype=torch.float32)
steps = np.arange(4, dtype=np.float32)
count = np.int64(3)
widened = torch.from_numpy(steps / count)
shifted = torch.from_numpy(count + steps)
halved = torch.from_numpy(steps.astype(np.float16) * len(steps))
"""


def test_a_float_array_and_a_named_number_keep_the_shape(monkeypatch):
    found, truth = hints_and_truth(GRIDS, monkeypatch)
    for name in ("template", "widened", "shifted", "halved"):
        assert found[name] == truth[name]


def test_the_dtype_is_left_open():
    analysis = analyse(textwrap.dedent(GRIDS), torch, "cpu", 4096, 30.0)
    dtypes = {binding.name: binding.value.dtype_name for binding in analysis.hints()}
    assert dtypes["template"] == "float32"
    assert dtypes["widened"] == dtypes["shifted"] == dtypes["halved"] == "?"  # float64 here, float32 for an int
