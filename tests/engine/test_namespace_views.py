"""Unit tests: a namespace's attribute dictionary (`ns.__dict__`, `vars(ns)`) is no copy: it reads the
namespace's attributes, and a change made through it changes them."""

from engine_support import hints_and_truth

VIEWS = """
import argparse
import types

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.fc = nn.Linear(width, 3)

    def forward(self, x):
        return self.fc(x)


registry = types.SimpleNamespace(Net=Net)
parser = argparse.ArgumentParser()
parser.add_argument("--arch", default="Net")
parser.add_argument("--hidden", default=20, type=int)

config = parser.parse_args([])
built = registry.__dict__[config.arch](4)(torch.zeros(2, 4))
read = torch.zeros(config.__dict__["hidden"])

stored = parser.parse_args([])
stored.__dict__["hidden"] = 5
by_item = torch.zeros(stored.hidden)

updated = parser.parse_args([])
updated.__dict__.update({"hidden": 3})
by_update = torch.zeros(updated.hidden)

through_vars = parser.parse_args([])
vars(through_vars)["hidden"] = 4
by_vars_item = torch.zeros(through_vars.hidden)

aliased = parser.parse_args([])
entries = vars(aliased)
entries["hidden"] = 7
by_alias = torch.zeros(aliased.hidden)
"""


def test_an_attribute_dictionary_reads_and_writes_the_namespace(monkeypatch):
    found, truth = hints_and_truth(VIEWS, monkeypatch)
    for name in ("built", "read", "by_item", "by_update", "by_vars_item"):
        assert found[name] == truth[name], name
    assert truth["by_alias"] == "[7]" and found.get("by_alias") != "[20]"
