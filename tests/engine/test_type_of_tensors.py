"""Engine tests: `t.type(type(x.data))` converts `t` to the class of a plain tensor, torch.Tensor (the default
dtype), as SSD's detection head converts its priors to the input's type. Truths come from running the program."""

from engine_support import hints_and_truth

CONVERTED = """
import torch

x = torch.randn(2, 3, 8, 8)
priors = torch.zeros(10, 4, dtype=torch.float64)
converted = priors.type(type(x.data))
boxes = torch.cat((converted[:, :2], converted[:, 2:] * 2), 1)
"""


def test_a_tensor_converted_to_the_type_of_another(monkeypatch):
    found, truth = hints_and_truth(CONVERTED, monkeypatch)
    assert found["converted"] == truth["converted"] == "[10, 4]"
    assert found["boxes"] == truth["boxes"] == "[10, 4]"
