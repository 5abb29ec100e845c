"""Engine tests: an entry set in an object's attribute dictionary (`obj.__dict__[name] = value`, `vars(obj)[name] =
value`) is that attribute of the object; an entry set at a key not known may be any attribute. Truths come from
running each program."""

from engine_support import hints_and_truth

ENTRIES = """
import random

import torch


class Config:
    depth = 2

    def __init__(self):
        self.width = 3


config = Config()
config.__dict__["depth"] = 9
vars(config)["width"] = 7
other = Config()
other.__dict__[random.choice(["depth", "width"])] = 5
depth = torch.zeros(config.depth)
width = torch.zeros(config.width)
other_depth = torch.zeros(other.depth)
other_width = torch.zeros(other.width)
"""


def test_entries_of_an_attribute_dictionary_are_attributes(monkeypatch):
    found, truth = hints_and_truth(ENTRIES, monkeypatch)
    for name in ("depth", "width"):
        assert found.get(name) == truth[name], name
    for name in ("other_depth", "other_width"):
        assert found.get(name) in (None, "[?]", f"[{name.split('_')[1]}]", truth[name]), name
