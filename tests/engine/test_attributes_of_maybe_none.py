"""Engine tests: `x.name` of a value that may be None (a parameter's `.grad`, None until a backward reaches it) reads
the value's attribute: None has no such attribute, so a run that goes past the read had the value. Flattening the
gradients of a model (`torch.cat([p.grad.view(-1) for p in model.parameters()])`, as TRPO and natural-gradient
code do) keeps its shape. Truths come from running each program."""

from engine_support import hints_and_truth

FLAT_GRADIENT = """
import torch
from torch import nn


def flat_grad_from(net):
    grads = []
    for param in net.parameters():
        grads.append(param.grad.view(-1))
    return torch.cat(grads)


net = nn.Sequential(nn.Linear(11, 64), nn.Tanh(), nn.Linear(64, 1))
net(torch.zeros(3, 11)).sum().backward()
weight_grad = net[0].weight.grad.view(-1, 11)
flat_grad = flat_grad_from(net)
"""


def test_an_attribute_of_a_gradient_that_may_be_none(monkeypatch):
    found, truth = hints_and_truth(FLAT_GRADIENT, monkeypatch)
    for name in ("weight_grad", "flat_grad"):
        assert found.get(name) == truth[name], name
