"""Unit tests: `torch.autograd.grad(loss, params)` over an `nn.ParameterList` gives one gradient per parameter,
shaped like it."""

import pytest
from engine_support import hints_and_truth

GRADIENTS = """
    import torch
    from torch import nn

    weights = nn.ParameterList([nn.Parameter(torch.rand(5, 3)), nn.Parameter(torch.zeros(5))])
    x = torch.rand(4, 3)
    loss = torch.nn.functional.linear(x, weights[0], weights[1]).pow(2).sum()
    grads = torch.autograd.grad(loss, weights)
    weight_grad = grads[0]
    bias_grad = grads[1]
    stepped = weights[0] - 0.1 * weight_grad
"""


def test_gradients_of_a_parameter_list_are_shaped_like_its_parameters(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(GRADIENTS, monkeypatch)
    assert {name: found.get(name) for name in ("weight_grad", "bias_grad", "stepped")} == {
        name: truth[name] for name in ("weight_grad", "bias_grad", "stepped")
    }
