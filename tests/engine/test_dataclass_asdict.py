"""Unit tests: `dataclasses.asdict` and `astuple` turn a dataclass instance's fields into a new dict or tuple (nested
dataclasses and the lists, tuples and dicts they hold converted too), so sizes passed on through `**asdict(cfg)`
keep their values, and a layer built from a default the dict leaves unset is seen to have it."""

from engine_support import hints_and_truth, reported_and_raising

CONFIGS = """
from dataclasses import asdict, astuple, dataclass, field

import torch
import torch.nn as nn


@dataclass
class Inner:
    width: int = 6
    sizes: list = field(default_factory=lambda: [3, 5])


@dataclass
class Outer:
    d: int = 4
    inner: Inner = field(default_factory=Inner)
    extra: dict = field(default_factory=lambda: {"depth": 7})


def make(d, inner, extra):
    return torch.zeros(d, inner["width"], *inner["sizes"], extra["depth"])


cfg = Outer(d=2)
grid = make(**asdict(cfg))
d, (width, sizes), extra = astuple(cfg)
row = torch.zeros(d, width, sizes[1])
"""

ROUTER = """
from dataclasses import asdict, dataclass, field

import torch
import torch.nn as nn


@dataclass
class Config:
    experts: int = 8
    router: dict = field(default_factory=lambda: {"noise": 0.5})


class Router(nn.Module):
    def __init__(self, d, n_experts=4, noise=1.0):
        super().__init__()
        self.gate = nn.Linear(d, n_experts)


class Layer(nn.Module):
    def __init__(self, d, experts, router=None):
        super().__init__()
        self.experts = experts
        self.router = Router(d, **(router or {}))

    def forward(self, x):
        counts = torch.ones(self.experts)
        return self.router.gate(x).softmax(-1).mean(0) * counts


layer = Layer(16, **asdict(Config()))
out = layer(torch.randn(5, 16))
"""


def test_asdict_and_astuple_keep_the_field_values(monkeypatch):
    found, truth = hints_and_truth(CONFIGS, monkeypatch)
    assert found["grid"] == truth["grid"] == "[2, 6, 3, 5, 7]"
    assert found["row"] == truth["row"] == "[2, 6, 5]"


def test_a_default_the_dict_leaves_unset_is_seen(monkeypatch):
    reported, raising = reported_and_raising(ROUTER, monkeypatch)
    assert raising and [line for line, _ in reported] == [raising]
