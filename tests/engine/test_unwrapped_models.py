"""`model.module` of a layer that has no attribute `module` is the layer: only a DataParallel or
DistributedDataParallel wrapper has one, and the engine takes a wrapped model for the model itself, so the
`model.module if isinstance(model, nn.DataParallel) else model` idiom keeps the model whether it was wrapped or
not. A config made by `setattr` on a new namespace at names not written out (`dict2namespace`) sets no attribute
of the model; where the program may set an attribute named `module`, the read stays unknown."""

from engine_support import hints_and_truth

UNWRAPPED = """
import argparse
import torch
import torch.nn as nn


def dict2namespace(config):
    namespace = argparse.Namespace()
    for key, value in config.items():
        setattr(namespace, key, dict2namespace(value) if isinstance(value, dict) else value)
    return namespace


class Net(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.fc = nn.Linear(4, width)

    def forward(self, x):
        hidden = self.fc(x)
        return hidden.relu()


def shadow_of(model):
    if isinstance(model, nn.DataParallel):
        model = model.module
    return {name: p.detach().clone() for name, p in model.named_parameters()}


def evaluate(model, x):
    inner = model.module if isinstance(model, nn.DataParallel) else model
    return inner(x)


config = dict2namespace({"model": {"width": 6}})
net = Net(config.model.width)
shadow = shadow_of(net)
weight = shadow["fc.weight"]
plain = evaluate(net, torch.zeros(2, 4))
wrapped = evaluate(nn.DataParallel(net), torch.zeros(3, 4))
"""


CONFIGURE = """

def configure(obj, options):
    for key, value in options.items():
        setattr(obj, key, value)
"""


def test_the_model_a_wrapper_holds_is_the_model(monkeypatch):
    found, truth = hints_and_truth(UNWRAPPED, monkeypatch)
    assert found["weight"] == truth["weight"] == "[6, 4]"
    assert found["plain"] == truth["plain"] == "[2, 6]"
    assert found["wrapped"] == truth["wrapped"] == "[3, 6]"


def test_a_program_that_may_set_module_keeps_the_read_unknown(monkeypatch):
    program = UNWRAPPED + CONFIGURE
    found, truth = hints_and_truth(program, monkeypatch)
    assert truth["plain"] == "[2, 6]"
    assert "plain" not in found
