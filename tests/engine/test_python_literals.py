"""Engine tests: `ast.literal_eval` of a string the program spells out gives the value the string writes (numbers,
tuples, lists, dicts with string keys); text that is no literal, or text the engine does not know, gives nothing
known. Truths come from running the program."""

from engine_support import hints_and_truth

PARSED = """
import ast
import random

import torch

width = ast.literal_eval("6")
kernel = ast.literal_eval("(3, 5)")
options = ast.literal_eval("{'depth': 4, 'sizes': [2, 7]}")
grid = torch.zeros(width, *kernel)
stacked = torch.zeros(options["depth"], options["sizes"][1])
from ast import literal_eval as parse
named = torch.zeros(parse(node_or_string="[2, 3]"))
drawn = ast.literal_eval(str(random.randint(2, 5)))
unsure = torch.zeros(drawn)
"""


def test_literal_strings_give_their_values(monkeypatch):
    found, truth = hints_and_truth(PARSED, monkeypatch)
    names = ("grid", "stacked", "named")
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
    assert found.get("unsure") != truth["unsure"]
