"""Unit tests: a parameter bound to an argument written as a bare name is the caller's object, so a change through
it reaches that variable surely where the caller's scope is one a branch or loop being run keeps (a module's
registry filled by a decorator factory, a dict a nested function fills); a change through one of two parameters
given the same object reaches the other."""

from engine_support import agrees, hints_and_truth

REGISTRY = """
import torch
import torch.nn as nn

BACKBONES = {}


def register(table, name):
    def deco(cls):
        table[name] = cls
        return cls

    return deco


def put(table, key, value):
    table[key] = value


@register(BACKBONES, "small")
class Small(nn.Module):
    def __init__(self, width=4):
        super().__init__()
        self.fc = nn.Linear(width, 3)

    def forward(self, x):
        return self.fc(x)


features = {}
put(features, "pooled", torch.zeros(2, 8))
put(table=features, key="tokens", value=torch.zeros(2, 5, 8))
pooled = features["pooled"]
tokens = features["tokens"]
model = BACKBONES["small"]()
logits = model(torch.zeros(6, 4))


def gather():
    found = {}

    def keep(into, x):
        into["x"] = x

    keep(found, torch.zeros(7, 2))
    kept = found["x"]
    return kept


gathered = gather()
"""

SAME_OBJECT = """
import torch

shared = {}


def fill_both(first, second):
    first["a"] = torch.zeros(2)
    second["a"] = torch.zeros(3)
    seen_first = first["a"]
    return seen_first


seen = fill_both(shared, shared)
after_both = shared["a"]
"""


def test_a_change_through_a_parameter_reaches_the_variable_passed(monkeypatch):
    found, truth = hints_and_truth(REGISTRY, monkeypatch)
    for name in ("pooled", "tokens", "logits", "gathered"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])


def test_two_parameters_given_one_object_see_each_other_change(monkeypatch):
    found, truth = hints_and_truth(SAME_OBJECT, monkeypatch)
    for name in ("seen", "after_both"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
