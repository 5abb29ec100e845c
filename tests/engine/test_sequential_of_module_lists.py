"""Engine tests: `nn.Sequential(*layers)` of an `nn.ModuleList` grown in a loop of unknown count holds the list's
layers, as many (layer_stacks): calling it applies them in turn. Truths come from running each program."""

from engine_support import hints_and_truth

GROWN_LIST = """
import os
import torch
import torch.nn as nn

count = int(os.environ.get("COUNT", "3"))
layers = nn.ModuleList()
for _ in range(count):
    layers.append(nn.Linear(8, 8))
    layers.append(nn.ReLU())
model = nn.Sequential(*layers)
out = model(torch.zeros(5, 8))
"""


def test_a_sequential_of_a_grown_module_list_applies_its_layers(monkeypatch):
    found, truth = hints_and_truth(GROWN_LIST, monkeypatch)
    assert found["out"] == truth["out"] == "[5, 8]"
