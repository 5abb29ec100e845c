"""Unit tests: `setattr(obj, name, value)` at a name the engine does not know may change any attribute (an object's
own, one its class gives it, an argparse or SimpleNamespace entry), so none keeps its old size."""

from engine_support import agrees, hints_and_truth

UNKNOWN_NAMES = """
import argparse
import json
import sys
import types

import torch


class Config:
    width = 4

    def __init__(self, **options):
        self.depth = 3
        for key, value in options.items():
            setattr(self, key, value)


chosen = "width" if len(sys.argv) < 5 else "depth"
config = Config()
setattr(config, chosen, 9)
class_default = torch.zeros(config.width)
own = torch.zeros(config.depth)
options = {key: 9 for key in ["width"] if len(sys.argv) < 5}
built = Config(**options)
built_width = torch.zeros(built.width)

parser = argparse.ArgumentParser()
parser.add_argument("--width", type=int, default=4)
args = parser.parse_args([])
overrides = json.loads('{"width": 9}' if len(sys.argv) < 5 else "{}")
for key, value in overrides.items():
    setattr(args, key, value)
parsed_width = torch.zeros(args.width)
space = types.SimpleNamespace(width=4)
setattr(space, chosen, 9)
space_width = torch.zeros(space.width)
"""


def test_setattr_at_an_unknown_name_keeps_no_old_size(monkeypatch):
    found, truth = hints_and_truth(UNKNOWN_NAMES, monkeypatch)
    for name in ("class_default", "own", "built_width", "parsed_width", "space_width"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
