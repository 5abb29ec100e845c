"""Engine tests: an `nn.ModuleDict`'s `keys()`, `values()` and `items()`, and any container's `children()` and
`named_children()`, list its names and layers in order, so a loop or a comprehension over them keeps each layer.
Truths come from running the program."""

from engine_support import agrees, hints_and_truth

LISTINGS = """
import torch
import torch.nn as nn

inputs = torch.randn(4, 3, 8, 8)
heads = nn.ModuleDict({"wide": nn.Conv2d(3, 6, 3), "point": nn.Conv2d(3, 2, 1)})
for name, head in heads.items():
    each = head(inputs)
outputs = {name: head(inputs) for name, head in heads.items()}
wide = outputs["wide"]
point = outputs["point"]
first_value = list(heads.values())[0](inputs)
by_name = dict(heads.named_children())["point"](inputs)
stack = nn.Sequential(nn.Flatten(), nn.Linear(192, 5))
last_child = list(stack.children())[-1](torch.randn(2, 192))
"""


def test_container_listings_keep_each_layer(monkeypatch):
    found, truth = hints_and_truth(LISTINGS, monkeypatch)
    for name in ("wide", "point", "first_value", "by_name", "last_child"):
        assert found.get(name) == truth[name], f"{name}: {found.get(name)}, ran as {truth[name]}"
    assert found.get("each") is not None and agrees(found["each"], truth["each"])
