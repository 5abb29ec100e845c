"""Unit tests: a class body that binds another name to a method it defined above (`__call__ = forward`,
`define_int = define` of a classmethod) makes that name the same method."""

from engine_support import hints_and_truth

SRC = """
import torch


class Scale:
    def __init__(self, factor):
        self.factor = factor

    def forward(self, x):
        return x.repeat(1, self.factor)

    __call__ = apply = forward


class Registry:
    sizes = {}

    @classmethod
    def define(cls, name, size):
        cls.sizes[name] = size

    define_int = define_size = define


scale = Scale(3)
called = scale(torch.zeros(2, 4))
applied = scale.apply(torch.zeros(5, 1))
Registry.define_int("width", 5)
wide = torch.zeros(Registry.sizes["width"])
"""


def test_a_name_bound_to_a_method_in_the_class_body_is_that_method(monkeypatch):
    found, truth = hints_and_truth(SRC, monkeypatch)
    for name in ("called", "applied", "wide"):
        assert found[name] == truth[name], name
