"""Engine tests: a layer put in an `nn.Sequential` or `nn.ModuleList` is the very object the container holds, so a
store into it through its own name (`lin.weight = ...`) is what the container's layer has too. Truths come from
running the snippet."""

from engine_support import agrees, hints_and_truth

STORED = """
import torch
import torch.nn as nn

lin = nn.Linear(3, 4)
seq = nn.Sequential(lin, nn.ReLU())
lin.weight = nn.Parameter(torch.zeros(2, 2))
in_sequential = seq[0].weight
wider = nn.Linear(3, 4)
layers = nn.ModuleList([nn.Sequential(wider)])
wider.weight = nn.Parameter(torch.zeros(9, 3))
wider.bias = nn.Parameter(torch.zeros(9))
nested_output = layers[0](torch.randn(2, 3))
untouched = nn.Sequential(nn.Linear(3, 5))[0].weight
"""


def test_a_layer_changed_by_its_name_is_changed_in_its_container(monkeypatch):
    found, truth = hints_and_truth(STORED, monkeypatch)
    for name in ("in_sequential", "nested_output"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
    assert found["untouched"] == truth["untouched"] == "[5, 3]"
