"""Unit tests: `np.dot(a, b)` (and `a.dot(b)`) where one operand is 1-d, or given as a list of numbers, is the
matrix product `a @ b` whatever the other's rank (`np.dot(rgb, [0.299, 0.587, 0.114])` makes a gray image)."""

from engine_support import hints_and_truth

DOTS = """
import numpy as np
import torch

rgb = np.random.rand(6, 5, 3)
gray = torch.from_numpy(np.dot(rgb[..., :], [0.299, 0.587, 0.114]))
weights = np.ones(3)
cube = torch.from_numpy(np.dot(np.ones((2, 4, 3)), weights))
front = torch.from_numpy(np.dot([1.0, 2.0, 3.0], np.ones((2, 3, 4))))
method = torch.from_numpy(rgb.dot(weights))
ints = torch.from_numpy(np.dot(np.ones((4, 3), dtype=np.int64), [1, 2, 3]))
matrices = torch.from_numpy(np.dot(np.ones((4, 3)), np.ones((3, 2))))
"""

TENSOR_DOT = """
import numpy as np
import torch

stacked = torch.from_numpy(np.dot(np.ones((2, 4, 3)), np.ones((5, 3, 2))))
"""


def test_a_vector_operand_makes_dot_a_matrix_product(monkeypatch):
    found, truth = hints_and_truth(DOTS, monkeypatch)
    for name in ("gray", "cube", "front", "method", "ints", "matrices"):
        assert found[name] == truth[name], name


def test_two_operands_of_more_dimensions_are_not_a_matrix_product(monkeypatch):
    """np.dot of a 3-d and a 3-d array sums over a's last and b's second-to-last axis: [2, 4, 5, 2], not matmul's."""
    found, truth = hints_and_truth(TENSOR_DOT, monkeypatch)
    assert "stacked" not in found and truth["stacked"] == "[2, 4, 5, 2]"
