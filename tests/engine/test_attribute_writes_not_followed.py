"""Unit tests: a write through an object's attribute dictionary that the engine cannot follow (its class derives
from a type it does not model, such as `dict`; entries not known item by item; `setdefault`) forgets what it may
change instead of keeping the attribute's old size."""

from engine_support import hints_and_truth

WRITES = """
import os
import torch


class Options(dict):
    def __init__(self, **entries):
        super().__init__(**entries)
        self.n = 3


class Config:
    def __init__(self):
        self.n = 3
        self.m = 4


options = Options(a=1)
vars(options).update(n=5)
updated = torch.randn(options.n)
options.__dict__["n"] = 6
item_set = torch.randn(options.n)
config = Config()
extra = {k: 1 for k in os.environ if k.startswith("NOT_SET_")}
config.__dict__.update(**extra, n=7)
unpacked = torch.randn(config.n)
config.__dict__.pop("m")
config.__dict__.setdefault("m", 8)
defaulted = torch.randn(config.m)
"""


def test_writes_not_followed_forget_the_attributes(monkeypatch):
    found, truth = hints_and_truth(WRITES, monkeypatch)
    for name in ("updated", "item_set", "unpacked", "defaulted"):
        assert found.get(name) in (None, truth[name]), name
