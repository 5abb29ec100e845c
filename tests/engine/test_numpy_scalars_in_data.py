"""Unit tests: numpy scalars and arrays inside nested lists given to `torch.tensor` (unknown_numbers), and a number
computed from a numpy scalar (the numpy model's arithmetic)."""

from engine_support import hints_and_truth

RETURNS = """
import numpy as np
import torch

values = torch.randn(6, 1).detach().numpy()
running = 0.0
returns = []
for row in values[::-1]:
    running = 0.95 * running + row[0]
    returns.append([running])
returns.reverse()
advantages = torch.tensor(returns, dtype=torch.float)
cell = torch.tensor([[values[0][0]]], dtype=torch.float32)
blocks = torch.tensor([[values[0], values[1]], [values[2], values[3]]], dtype=torch.float64)
scaled = torch.tensor([[2.0 * values[1][0], values[2][0]]], dtype=torch.float)
"""

LEGACY = """
import numpy as np
import torch


def rotation(theta):
    return torch.Tensor([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]]).float()


angles = torch.rand(3).numpy()
turned = rotation(angles[0])
pair = torch.FloatTensor([angles[1], 2.0])
"""

UNTYPED = """
import numpy as np
import torch

values = np.zeros((3, 2), dtype=np.float32)
nested = torch.tensor([[values[0][0]]])
"""


def test_numpy_scalars_and_arrays_in_nested_data_give_their_shape(monkeypatch):
    found, truth = hints_and_truth(RETURNS, monkeypatch)
    for name in ("advantages", "cell", "blocks", "scaled"):
        assert found.get(name) == truth[name], name


def test_legacy_constructors_read_numpy_scalars_in_data_with_their_own_dtype(monkeypatch):
    found, truth = hints_and_truth(LEGACY, monkeypatch)
    for name in ("turned", "pair"):
        assert found.get(name) == truth[name], name


def test_numpy_numbers_with_no_dtype_given_leave_the_tensor_unknown(monkeypatch):
    found, _ = hints_and_truth(UNTYPED, monkeypatch)
    assert "nested" not in found  # float32 items make a float32 tensor, not the default dtype of Python floats
