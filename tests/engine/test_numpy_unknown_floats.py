"""Engine tests: a numpy array times a float the engine does not know (`random.uniform`, a config value) keeps the
array's shape; its dtype is one of those numpy gives for a Python float or a numpy float scalar, so it is not
claimed until a conversion (`astype`) decides it. Truths come from running each program."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

SCALED = """
import random
import numpy as np
import torch

image = np.zeros((5, 7, 3), dtype=np.uint8)
wave = np.zeros(16, dtype=np.float32)
gain = random.uniform(0.8, 1.2)
bright = torch.from_numpy(np.clip(image * gain, 0, 255).astype(np.uint8))
louder = torch.from_numpy(wave * gain)
shifted = torch.from_numpy(gain + wave)
"""


def test_an_array_times_an_unknown_float_keeps_its_shape(monkeypatch):
    found, truth = hints_and_truth(SCALED, monkeypatch)
    for name in ("bright", "louder", "shifted"):
        assert found[name] == truth[name]


def test_its_dtype_is_claimed_only_once_converted():
    analysis = analyse(textwrap.dedent(SCALED), torch, "cpu", 4096, 30.0)
    dtypes = {binding.name: binding.value.dtype_name for binding in analysis.hints()}
    assert dtypes["bright"] == "uint8"
    assert dtypes["louder"] == dtypes["shifted"] == "?"  # float32 for a Python float, float64 for np.float64
