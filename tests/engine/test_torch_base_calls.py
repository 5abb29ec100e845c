"""Engine tests: a torch class's function called on a user object that derives from it (`nn.Linear.__init__(self,
...)`, `nn.Linear.forward(self, x)`, the spelling before `super()`) builds and runs the object's torch part as
`super()` does; `nn.ParameterList` / `nn.ParameterDict` hold the tensors given to them. Truths come from running
each program."""

from engine_support import hints_and_truth

EXPLICIT_BASES = """
import torch
import torch.nn as nn


class Scaling:
    def __init__(self, rank):
        self.rank = rank


class LowRankLinear(nn.Linear, Scaling):
    def __init__(self, fan_in, fan_out, rank=2, **kwargs):
        nn.Linear.__init__(self, fan_in, fan_out, **kwargs)
        Scaling.__init__(self, rank=rank)
        self.down = nn.Parameter(self.weight.new_zeros((rank, fan_in)))
        self.up = nn.Parameter(self.weight.new_zeros((fan_out, rank)))

    def forward(self, x):
        return nn.Linear.forward(self, x) + x @ self.down.T @ self.up.T


class Gains(nn.Module):
    def __init__(self, widths):
        nn.Module.__init__(self)
        self.gains = nn.ParameterList([nn.Parameter(torch.ones(w)) for w in widths])
        self.named = nn.ParameterDict({"scale": nn.Parameter(torch.ones(widths[-1], 1))})

    def forward(self, x):
        return x * self.gains[1] * self.named["scale"].T


layer = LowRankLinear(6, 5, bias=False)
down = layer.down
out = layer(torch.randn(3, 6))
gained = Gains([4, 5])(out)
second = Gains([2, 3]).gains[1]
"""


def test_base_functions_called_on_the_object_build_and_run_its_torch_part(monkeypatch):
    found, truth = hints_and_truth(EXPLICIT_BASES, monkeypatch)
    assert found.get("down") == truth["down"] == "[2, 6]"
    assert found.get("out") == truth["out"] == "[3, 5]"
    assert found.get("gained") == truth["gained"] == "[3, 5]"
    assert found.get("second") == truth["second"] == "[3]"
