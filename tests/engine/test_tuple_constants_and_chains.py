"""Unit tests: Python semantics the engine folds on known values: a named tuple's `_replace`, a constant tuple
(a layer's `stride`) indexed, measured and unpacked, `re.split` of constants, chained comparisons, and
`isinstance` of a tuple against a number type."""

from engine_support import hints_and_truth

REPLACED = """
import collections
import torch

Config = collections.namedtuple("Config", ["width", "depth"])


def build(**overrides):
    config = Config(width=8, depth=2)
    return config._replace(**overrides)


config = build(width=5)
replaced = torch.zeros(config.width, config.depth)
"""

LAYER_TUPLES = """
import torch
import torch.nn as nn


class Strided(nn.Conv2d):
    def __init__(self, channels):
        super().__init__(channels, channels, 3, stride=2)
        sh, sw = self.stride
        self.sizes = torch.zeros(len(self.stride), sh + self.dilation[0], sw)


strided = Strided(3).sizes
"""

SPLIT = """
import re
import torch

pieces = re.split(r"(\\d+)", "k3_s22")
split = torch.zeros(int(pieces[1]), len(pieces), int(pieces[3]))
"""

CHAINS = """
import torch

ratio = 0.25
inside = torch.zeros(4 if 0 < ratio <= 1 else 2)
outside = torch.zeros(4 if 0 < ratio <= 0.1 else 2)
"""

INSTANCES = """
import torch


def side(size):
    h, w = (size, size) if isinstance(size, int) else size
    return torch.zeros(h, w)


square = side(3)
oblong = side((2, 5))
"""


def test_named_tuple_replace_copies_with_fields_changed(monkeypatch):
    found, truth = hints_and_truth(REPLACED, monkeypatch)
    assert found.get("replaced") == truth["replaced"] == "[5, 2]"


def test_a_layer_tuple_is_indexed_measured_and_unpacked(monkeypatch):
    found, truth = hints_and_truth(LAYER_TUPLES, monkeypatch)
    assert found.get("strided") == truth["strided"] == "[2, 3, 2]"


def test_re_split_of_constants_gives_the_pieces(monkeypatch):
    found, truth = hints_and_truth(SPLIT, monkeypatch)
    assert found.get("split") == truth["split"] == "[3, 5, 22]"


def test_a_chained_comparison_is_each_comparison_in_turn(monkeypatch):
    found, truth = hints_and_truth(CHAINS, monkeypatch)
    assert found.get("inside") == truth["inside"] == "[4]"
    assert found.get("outside") == truth["outside"] == "[2]"


def test_a_tuple_is_no_number(monkeypatch):
    found, truth = hints_and_truth(INSTANCES, monkeypatch)
    assert found.get("square") == truth["square"] == "[3, 3]"
    assert found.get("oblong") == truth["oblong"] == "[2, 5]"
