"""Unit tests: `-a`, `+a` and `~a` of a numpy array keep its shape and dtype; numpy refuses `-` of a bool array
and `~` of a float one, so those stay unknown."""

import ast
from types import SimpleNamespace

import pytest
import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.overlays.numpy_model import NdArray, array_unary
from torch_lsp.analysis.values import UNKNOWN

UNARY = """
    import numpy as np
    import torch

    sigma = np.random.uniform(0.1, 2.0)
    steps = np.arange(-4, 5)
    kernel = torch.from_numpy(np.exp(-np.power(steps, 2) / (2 * sigma * sigma)))
    negated = torch.from_numpy(-np.ones((2, 3), dtype=np.float32))
    kept = torch.from_numpy(+np.zeros((4,), dtype=np.int64))
    flipped = torch.from_numpy(~np.zeros((3, 2), dtype=bool))
"""


def test_unary_operators_keep_an_arrays_shape(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(UNARY, monkeypatch)
    assert {name: found.get(name) for name in truth} == truth


def test_numpy_refuses_negating_bools_and_inverting_floats():
    interp = SimpleNamespace(torch=torch)
    flags = NdArray(torch.empty(3, dtype=torch.bool, device="meta"))
    reals = NdArray(torch.empty(3, dtype=torch.float64, device="meta"))
    assert array_unary(interp, ast.USub(), flags) is UNKNOWN
    assert array_unary(interp, ast.Invert(), reals) is UNKNOWN
