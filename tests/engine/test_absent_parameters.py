"""Engine tests: a layer's parameter or buffer registered as None (`nn.Linear(..., bias=False)`) reads as None when
no code of the program may set an attribute of that name, so `None if layer.bias is None else ...` is decided (it
was unknown). Truths come from running each program."""

from engine_support import hints_and_truth

NO_BIAS = """
import torch
from torch import nn
import torch.nn.functional as F


class Projection(nn.Linear):
    def forward(self, x):
        return F.linear(x, self.weight.to(x.dtype), None if self.bias is None else self.bias.to(x.dtype))


keys = Projection(16, 8, bias=False)
values = Projection(16, 8)
x = torch.randn(3, 16)
k = keys(x)
v = values(x)
norm = nn.LayerNorm(8, elementwise_affine=False)
scale = torch.ones(8) if norm.weight is None else norm.weight * 2
"""


def test_parameter_registered_as_none_reads_as_none(monkeypatch):
    found, truth = hints_and_truth(NO_BIAS, monkeypatch)
    assert found["k"] == truth["k"] == "[3, 8]"
    assert found["v"] == truth["v"] == "[3, 8]"
    assert found["scale"] == truth["scale"] == "[8]"


SET_LATER = """
import torch
from torch import nn

layer = nn.Linear(4, 2, bias=False)
layer.bias = nn.Parameter(torch.zeros(2))
bias = torch.zeros(5) if layer.bias is None else layer.bias
"""


def test_parameter_the_program_may_set_is_not_read_as_none(monkeypatch):
    found, truth = hints_and_truth(SET_LATER, monkeypatch)
    assert truth["bias"] == "[2]"
    assert found.get("bias") in (None, "[2]")
