"""Engine tests: a class defined in a class body is an attribute of the outer class (`Outer.Inner`), its static
methods and the lambdas they return are followed, and its methods see the enclosing scope, never the outer class
body. Truths come from running each program."""

from engine_support import hints_and_truth

NESTED = """
import torch

width = 6


class Library:
    width = 100

    class transforms:
        @staticmethod
        def ToTensor():
            return lambda image: image * 2 - 1

    class Grid:
        def __init__(self, rows):
            self.cells = torch.zeros(rows, width)


image = torch.rand(1, 16, 16)
scaled = Library.transforms.ToTensor()(image)
cells = Library.Grid(3).cells
"""


def test_nested_classes_are_attributes_whose_methods_see_the_enclosing_scope(monkeypatch):
    found, truth = hints_and_truth(NESTED, monkeypatch)
    assert truth["cells"] == "[3, 6]"
    for name, expected in truth.items():
        assert found.get(name) == expected, (name, found.get(name), expected)
