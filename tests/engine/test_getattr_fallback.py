"""Engine tests: reading an attribute a user object does not have calls its class's `__getattr__` with the name,
as Python does (the read was unknown); not when the program may set that attribute somewhere, nor for dunder names
or a class that defines `__getattribute__`. Truths come from running each program."""

from engine_support import hints_and_truth

TABLE = """
import torch


class Table:
    def __init__(self, columns):
        self._columns = columns

    def __getattr__(self, name):
        return self._columns[name]


class Anything:
    def __getattr__(self, name):
        return self

    def __call__(self, *args):
        return torch.ones(2, 2)


table = Table({"price": torch.zeros(12), "volume": torch.zeros(12, 3)})
price = table.price
volume = table.volume.t()
made = Anything().figure().shape
grid = torch.zeros(made)
"""


def test_missing_attribute_reads_through_getattr(monkeypatch):
    found, truth = hints_and_truth(TABLE, monkeypatch)
    assert found["price"] == truth["price"] == "[12]"
    assert found["volume"] == truth["volume"] == "[3, 12]"
    assert found["grid"] == truth["grid"] == "[2, 2]"


SET_ELSEWHERE = """
import torch


class Lazy:
    def __getattr__(self, name):
        return torch.zeros(1)

    def fill(self):
        self.weights = torch.zeros(5)


box = Lazy()
box.fill()
weights = box.weights
"""


def test_attribute_the_program_may_set_is_not_read_through_getattr(monkeypatch):
    found, truth = hints_and_truth(SET_ELSEWHERE, monkeypatch)
    assert truth["weights"] == "[5]"
    assert found.get("weights") in (None, "[5]")
