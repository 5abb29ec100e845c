"""Unit tests: the `__init__` Python generates for a dataclass, run again on an existing instance (`obj.__init__(...)`,
`Config.__init__(obj, ...)`, `super().__init__(...)` in a subclass, `self.__init__(**saved)` when a model is loaded),
sets the fields anew and runs `__post_init__`; with a mapping the engine does not know item by item, every field
may have changed."""

from engine_support import agrees, hints_and_truth

INIT_AGAIN = """
import json
import os
from dataclasses import dataclass, field

import torch


@dataclass
class Config:
    n: int = 3
    names: list = field(default_factory=list)

    def __post_init__(self):
        self.weight = torch.zeros(self.n, 2)

    def make(self):
        return torch.zeros(self.n)


class Wider(Config):
    def __init__(self, k):
        super().__init__(k + 1)


def load(config):
    saved = json.loads(os.environ.get("UNUSED") or '{"n": 4}')
    config.__init__(**saved)


through_instance = Config()
through_instance.__init__(n=7)
instance_made = through_instance.make()
instance_weight = through_instance.weight
through_class = Config()
Config.__init__(through_class, 5)
class_made = through_class.make()
through_super = Wider(5)
super_made = through_super.make()
super_weight = through_super.weight
loaded = Config()
load(loaded)
loaded_made = loaded.make()
loaded_weight = loaded.weight
"""


def test_a_dataclass_initialized_again_holds_the_new_fields(monkeypatch):
    found, truth = hints_and_truth(INIT_AGAIN, monkeypatch)
    names = ("instance_made", "instance_weight", "class_made", "super_made", "super_weight")
    for name in (*names, "loaded_made", "loaded_weight"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
    for name in names:
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
