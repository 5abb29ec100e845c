"""Engine tests: an item of a value that may be None is the value's item (None is not subscriptable: subscripting
it raises TypeError, so a run that goes on read the value's). Truths come from running the program."""

from engine_support import hints_and_truth

PICKED = """
import torch

scores = torch.randn(6, 10)
picked = scores if scores.abs().sum() >= 0 else None
first = picked[0]
tail = picked[:, 4:]
rows = picked[torch.tensor([0, 2, 5])]
"""


def test_an_item_of_a_tensor_that_may_be_none_is_the_tensor_item(monkeypatch):
    found, truth = hints_and_truth(PICKED, monkeypatch)
    assert "picked" not in found  # may be None
    for name, shape in (("first", "[10]"), ("tail", "[6, 6]"), ("rows", "[3, 10]")):
        assert found[name] == truth[name] == shape, name
