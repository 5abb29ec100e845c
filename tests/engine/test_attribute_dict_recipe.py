"""Unit tests: an object of the attribute-dict recipe (`class AttrDict(dict)` whose `__init__` passes its arguments
to dict's and sets `self.__dict__ = self`) has its entries as attributes, and every way of changing the entries
changes, or forgets, the attributes."""

from engine_support import agrees, hints_and_truth

RECIPE = """
import copy
import torch


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super(AttrDict, self).__init__(*args, **kwargs)
        self.__dict__ = self

    def override(self, attrs):
        if isinstance(attrs, dict):
            self.__dict__.update(**attrs)
        return self


params = AttrDict(n_mels=80, hop=4, schedule=[0.1, 0.2, 0.3])
made = torch.randn(params.n_mels, params.hop)
listed = torch.randn(len(params.schedule))
params["hop"] = 6
item_set = torch.randn(params.hop)
params.update(hop=7)
updated = torch.randn(params["hop"])
params.override({"n_mels": 9})
overridden = torch.randn(params.n_mels)
params.override(AttrDict(hop=5))
overridden_by_copy = torch.randn(params.hop, params.n_mels)
vars(params).update(n_mels=10)
through_vars = torch.randn(params.n_mels)
params.n_mels = 11
attribute_set = torch.randn(params["n_mels"])
params["schedule"].append(0.5)
appended = torch.randn(len(params.schedule))
copied = AttrDict(params)
from_copy = torch.randn(copied.hop, len(dict(params)))


def sized(n_mels, hop, schedule):
    return torch.randn(n_mels, hop, len(schedule))


unpacked = sized(**params)
shallow = copy.copy(params)
shallow["hop"] = 12
params.setdefault("hop", 13)
defaulted = torch.randn(params.hop)
params.update([("n_mels", 14)])
from_pairs = torch.randn(params.n_mels)
spare = AttrDict(a=1, b=2)
del spare["a"]
remaining = torch.randn(len(dict(spare)), 3 if hasattr(spare, "a") else 4)
"""


def test_an_attribute_dict_has_its_entries_as_attributes(monkeypatch):
    found, truth = hints_and_truth(RECIPE, monkeypatch)
    for name in (
        "made",
        "listed",
        "item_set",
        "updated",
        "overridden",
        "overridden_by_copy",
        "through_vars",
        "attribute_set",
        "appended",
        "from_copy",
        "unpacked",
    ):
        assert found[name] == truth[name], name
    for name in ("defaulted", "from_pairs"):  # changes not followed forget the attributes: never a wrong size
        assert found.get(name) in (None, truth[name]), name
    assert found["remaining"].startswith("[1, ") and agrees(found["remaining"], truth["remaining"])
