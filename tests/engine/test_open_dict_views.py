"""Unit tests: `d.values()` and `d.items()` of a dict whose keys the engine does not know (filled under conditions
it cannot decide) yield the values stored in it, as `d.get` does."""

from engine_support import hints_and_truth

FILLED = """
import torch

features = {}
x = torch.ones(2, 8)
for step in range(3):
    if x.sum() > step:
        features["s{}".format(int(torch.randint(0, 99, ())) + step)] = x[:, :4] * step
for value in features.values():
    kept = value
for name, item in features.items():
    paired = item
"""


def test_values_and_items_of_a_dict_of_unknown_keys(monkeypatch):
    found, truth = hints_and_truth(FILLED, monkeypatch)
    assert found.get("kept") == truth["kept"] == "[2, 4]"
    assert found.get("paired") == truth["paired"] == "[2, 4]"
