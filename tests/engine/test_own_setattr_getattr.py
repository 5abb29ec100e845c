"""Engine tests: where a class's own `__setattr__` def takes every `obj.name = value` on its instances (a Munch or
AttrDict keeping attributes as dict items), a `self.name = ...` or `setattr(self, name, ...)` in some other class's
method puts nothing on them, so reading that name still goes to the class's `__getattr__`; a store that may reach
object's own (`object.__setattr__`) still rules it out. Truths come from running each program."""

from engine_support import hints_and_truth

MUNCH = """
import torch
import torch.nn as nn


class Munch(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


class Net(nn.Module):
    def __init__(self, img_size, batch_size):
        super().__init__()
        self.img_size = img_size
        self.batch_size = batch_size
        for name in ["a", "b"]:
            setattr(self, name, nn.Linear(img_size, 4))


args = Munch(img_size=8, batch_size=3)
net = Net(args.img_size, args.batch_size)
x = torch.rand(args.batch_size, 3, args.img_size, args.img_size)
y = torch.zeros(args.img_size, net.img_size)
"""


def test_stores_on_other_objects_leave_getattr_reading_the_items(monkeypatch):
    found, truth = hints_and_truth(MUNCH, monkeypatch)
    assert found["x"] == truth["x"] == "[3, 3, 8, 8]"
    assert found["y"] == truth["y"] == "[8, 8]"


BYPASS = """
import torch


class Box:
    def __init__(self):
        object.__setattr__(self, "items", {"size": 4})

    def __getattr__(self, name):
        return self.items[name]

    def __setattr__(self, name, value):
        self.items[name] = value


class Other:
    def __init__(self):
        self.size = 2


box = Box()
other = Other()
object.__setattr__(box, "size", 7)
x = torch.zeros(box.size)
"""


def test_store_through_object_setattr_is_not_read_through_getattr(monkeypatch):
    found, truth = hints_and_truth(BYPASS, monkeypatch)
    assert truth["x"] == "[7]"
    assert found.get("x") in (None, "[7]")
