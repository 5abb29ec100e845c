"""Engine tests: user subclasses of nn.Sequential over user layers, layers the code adds to `torch.nn`, layer
classes chosen from a dict at an unknown key, and `is` between two different constants."""

import pytest
from engine_support import hints_and_truth

FLOW_CHAIN = """
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class MaskedLinear(nn.Module):
        def __init__(self, n_in, n_out, mask):
            super().__init__()
            self.linear = nn.Linear(n_in, n_out)
            self.register_buffer("mask", mask)

        def forward(self, inputs, cond_inputs=None):
            return F.linear(inputs, self.linear.weight * self.mask, self.linear.bias)

    nn.MaskedLinear = MaskedLinear

    class Coupling(nn.Module):
        def __init__(self, dims):
            super().__init__()
            self.net = nn.MaskedLinear(dims, 2 * dims, torch.ones(2 * dims, dims))

        def forward(self, inputs, cond_inputs=None, mode="direct"):
            shift, log_scale = self.net(inputs).chunk(2, 1)
            return inputs * torch.exp(log_scale) + shift, log_scale.sum(-1, keepdim=True)

    class FlowSequential(nn.Sequential):
        def forward(self, inputs, cond_inputs=None, mode="direct"):
            logdets = torch.zeros(inputs.size(0), 1)
            for module in self._modules.values():
                inputs, logdet = module(inputs, cond_inputs, mode)
                logdets += logdet
            return inputs, logdets

    class Chain(nn.Sequential):
        def forward(self, inputs):
            for module in self:
                inputs, _ = module(inputs)
            return inputs

    class Plain(nn.Sequential):
        pass

    flow = FlowSequential(Coupling(6), Coupling(6))
    codes, logdets = flow(torch.rand(5, 6))
    chained = Chain(Coupling(6), Coupling(6))(torch.rand(3, 6))
    first = list(flow.parameters())[0]
    plain = Plain(nn.Linear(6, 4), nn.ReLU(), nn.MaskedLinear(4, 2, torch.ones(2, 4)))(torch.rand(2, 6))
"""


def test_sequential_subclasses_walk_their_user_layers(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(FLOW_CHAIN, monkeypatch)
    assert set(truth) == {"codes", "logdets", "chained", "first", "plain"}
    assert {name: found.get(name) for name in truth} == truth


CHOSEN_ACTIVATION = """
    import os

    import torch
    import torch.nn as nn

    dataset = "POWER"
    act = "tanh" if dataset is "GAS" else "relu"
    pinned = torch.zeros(3 if dataset is "GAS" else 5)  # two different strings are two objects
    mode = os.environ.get("ACTIVATION", "relu")
    activations = {"relu": nn.ReLU, "sigmoid": nn.Sigmoid, "tanh": nn.Tanh}

    class Trunk(nn.Module):
        def __init__(self, dims, act):
            super().__init__()
            act_func = activations[act]
            self.net = nn.Sequential(nn.Linear(dims, 8), act_func(), nn.Linear(8, dims))

        def forward(self, x):
            return self.net(x)

    same = Trunk(4, act)(torch.rand(3, 4))
    chosen = Trunk(4, mode)(torch.rand(3, 4))
    again = Trunk(4, mode)(torch.rand(2, 4))
"""


def test_layer_classes_chosen_at_an_unknown_key_keep_shapes(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(CHOSEN_ACTIVATION, monkeypatch)
    assert set(truth) == {"pinned", "same", "chosen", "again"}
    assert {name: found.get(name) for name in truth} == truth
