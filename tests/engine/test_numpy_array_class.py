"""Engine tests: `np.ndarray` is the class of numpy's arrays, so `isinstance(x, np.ndarray)` and
`type(x) == np.ndarray` are certain where x's type is known (an array: yes; a tensor, a list, a number: no), and a
branch that exits for any other input does not blur the tensor an image loader makes. Truths come from running the
snippet."""

import pytest
from engine_support import hints_and_truth

LOADER = """
import sys
import numpy as np
import torch


def to_batch(picture):
    if type(picture) == np.ndarray and len(picture.shape) == 3:
        picture = torch.from_numpy(picture.transpose(2, 0, 1)).float().div(255.0).unsqueeze(0)
    elif type(picture) == np.ndarray and len(picture.shape) == 4:
        picture = torch.from_numpy(picture.transpose(0, 3, 1, 2)).float().div(255.0)
    else:
        sys.exit("not an image")
    return picture


def as_tensor(data):
    if isinstance(data, np.ndarray):
        return torch.from_numpy(data)
    return torch.tensor(data)


one = to_batch(np.zeros((12, 10, 3), dtype=np.uint8))
several = to_batch(np.zeros((2, 12, 10, 3), dtype=np.uint8))
from_array = as_tensor(np.ones((4, 2)))
from_list = as_tensor([[1.0, 2.0, 3.0]])
tensor_is_array = torch.zeros(5) if isinstance(torch.zeros(1), np.ndarray) else torch.zeros(6)
list_typed_as_array = torch.zeros(7) if type([1, 2]) is np.ndarray else torch.zeros(8)
number_is_array = torch.zeros(9) if isinstance(3.0, np.ndarray) else torch.zeros(10)
"""


def test_array_class_decides_the_branch(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(LOADER, monkeypatch)
    names = ["one", "several", "from_array", "from_list", "tensor_is_array", "list_typed_as_array", "number_is_array"]
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
