"""Unit tests: `self.__dict__.update(values)` (or `vars(self).update(...)`) in a config class sets the attributes
named by the known keys, a property of that name is read instead of the entry, and `type(x)(text)` calls x's class,
so that `type(old)(value)` converts an override to the default's type."""

from engine_support import hints_and_truth

CONFIG = """
import torch


class HParams:
    def __init__(self, **values):
        self.__dict__.update(values)

    def parse(self, text):
        for pair in text.split(","):
            name, value = pair.split("=")
            old = getattr(self, name)
            if isinstance(old, bool):
                value = value.lower() == "true"
            elif isinstance(old, (int, float)):
                value = type(old)(value)
            setattr(self, name, value)
        return self


class Options:
    def __init__(self, rows, **more):
        vars(self).update({"rows": rows}, **more)

    @property
    def cols(self):
        return 2


hp = HParams(width=3, depth=5, flag=False)
before = torch.zeros(hp.width, hp.depth)
hp.parse("width=7,flag=true")
after = torch.zeros(hp.width, hp.depth)
options = Options(4, cols=9)
table = torch.zeros(options.rows, options.cols)
"""


def test_a_dict_update_sets_attributes_and_type_calls_convert(monkeypatch):
    found, truth = hints_and_truth(CONFIG, monkeypatch)
    for name in ("before", "after", "table"):
        assert found[name] == truth[name], name
