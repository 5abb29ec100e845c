"""Unit tests: an Enum class's members are one object per distinct value, with their name and value; a pure
Enum's member equals only itself, an IntEnum's or a `(str, Enum)`'s member compares as its value; calling the class
looks a member up by value and iterating it yields the members (aliases left out); an enum without members may be
derived from; `auto()` is one past the last int; `member in [...]` is decided by identity and equality."""

from engine_support import hints_and_truth

CHOSEN = """
import enum
import torch
import torch.nn as nn


class LayerType(enum.Enum):
    WIDE = 0,
    NARROW = 1,
    DEEP = 2


class Wide(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(4, 16)

    def forward(self, x):
        return self.proj(x)


class Narrow(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(4, 2)

    def forward(self, x):
        return self.proj(x)


def layer_class(layer_type):
    assert isinstance(layer_type, LayerType), f"Expected {LayerType} got {type(layer_type)}."
    if layer_type == LayerType.WIDE:
        return Wide
    elif layer_type == LayerType.NARROW:
        return Narrow
    raise Exception(f"Layer type {layer_type} not yet supported.")


x = torch.randn(3, 4)
narrow = layer_class(LayerType.NARROW)()(x)
wide = layer_class(LayerType((0,)))()(x)
by_value = torch.zeros(LayerType.DEEP.value, len(LayerType.DEEP.name))
counted = torch.zeros(len(list(LayerType)), 1)
is_test = torch.zeros(5 if LayerType.WIDE is LayerType.WIDE else 6, 1 if LayerType.DEEP != 2 else 7)
pair = [LayerType.NARROW, LayerType.WIDE]
listed = torch.zeros(2 if LayerType.WIDE in pair else 3, 4 if LayerType.DEEP in (0, 2) else 5)
"""

MIXED = """
from enum import Enum, IntEnum
import torch


class Size(IntEnum):
    SMALL = 2
    LARGE = 8
    BIG = 8


class Mode(str, Enum):
    TRAIN = "train"
    EVAL = "eval"


small = torch.zeros(3 if Size.SMALL == 2 else 4, 5 if Size.BIG is Size.LARGE else 6)
large = torch.zeros(len(list(Size)), 7 if Mode.EVAL == "eval" else 9)
train = torch.zeros(2 if Mode("train") is Mode.TRAIN else 3, 4 if Size(8) == Size.LARGE else 5)


class Described(Enum):
    def widened(self):
        return self.value + 1


class Shade(Described):
    DARK = 4


shaded = torch.zeros(Shade.DARK.widened())
"""

GENERATED = """
from enum import Enum, IntEnum, auto
import torch


class Stage(Enum):
    FIRST = auto()
    SECOND = auto()
    LATER = 10
    LAST = auto()


class Level(IntEnum):
    LOW = 5
    HIGH = auto()


class Shuffled(Enum):
    BIG = 9
    SMALL = 2
    NEXT = auto()


staged = torch.zeros(Stage.SECOND.value, Stage.LAST.value)
leveled = torch.zeros(Level.HIGH.value, len(list(Stage)))
shuffled = torch.zeros(Shuffled.NEXT.value)
"""


def test_an_enum_member_picks_its_branch(monkeypatch):
    found, truth = hints_and_truth(CHOSEN, monkeypatch)
    for name in ("narrow", "wide", "by_value", "counted", "is_test", "listed"):
        assert found[name] == truth[name], name


def test_auto_is_one_past_the_last_int(monkeypatch):
    found, truth = hints_and_truth(GENERATED, monkeypatch)
    assert found["staged"] == truth["staged"] == "[2, 11]"
    assert found["leveled"] == truth["leveled"] == "[6, 4]"
    assert "shuffled" not in found or "?" in found["shuffled"]  # past a smaller last value Python versions differ


def test_a_mixed_enum_member_compares_as_its_value(monkeypatch):
    found, truth = hints_and_truth(MIXED, monkeypatch)
    for name in ("small", "large", "train", "shaded"):
        assert found[name] == truth[name], name
