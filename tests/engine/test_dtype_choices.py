"""Engine tests: `x.dtype` of a tensor that paths converted differently is one of the dtypes it may have, so a torch
call given it (`torch.arange(n, dtype=x.dtype)`, `x.new_zeros(n, dtype=x.dtype)`) runs once per dtype and keeps
what every run agrees on, where it was left unknown; sizes that depend on the dtype (an integer arange's rounded
end, `view(dtype)`) stay unknown. Truths come from running each program."""

from engine_support import agrees, hints_and_truth

FACTORIES = """
import os
import torch


def ranks(x):
    return torch.arange(1, x.size(-1) + 1, device=x.device, dtype=x.dtype)


x = torch.randn(4, 10)
if os.environ.get("DOUBLE"):
    x = x.double()
rho = ranks(x)
ones = torch.ones(3, 5, dtype=x.dtype)
zeros = x.new_zeros(2, dtype=x.dtype)
"""

DTYPE_SIZED = """
import os
import torch

x = torch.randn(4, 10)
if os.environ.get("DOUBLE"):
    x = x.double()
y = torch.randn(4, 10)
if os.environ.get("LONG"):
    y = y.long()
viewed = torch.randn(4, 8).view(x.dtype)
counted = torch.arange(0, 2.5, dtype=y.dtype)
"""


def test_a_factory_given_one_of_several_dtypes_keeps_its_shape(monkeypatch):
    found, truth = hints_and_truth(FACTORIES, monkeypatch)
    for name in ("rho", "ones", "zeros"):
        assert found.get(name) == truth[name], name


def test_sizes_that_depend_on_the_dtype_stay_unknown(monkeypatch):
    found, truth = hints_and_truth(DTYPE_SIZED, monkeypatch)
    for name in ("viewed", "counted"):
        assert agrees(found.get(name), truth[name]), name
    assert found.get("viewed") == "[4, ?]"
