"""Engine tests: `copy.copy` of a user object gives attributes of its own that hold the very objects the original's
hold (a nested object changed through the original is changed in the copy), and a copied torch module shares its
layers with the original. Truths come from running the snippet."""

from engine_support import agrees, hints_and_truth

COPIES = """
import copy
import torch
import torch.nn as nn


class Inner:
    def __init__(self):
        self.w = torch.zeros(2)


class Box:
    def __init__(self):
        self.inner = Inner()
        self.x = torch.zeros(3)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 4)


box = Box()
shallow = copy.copy(box)
deep = copy.deepcopy(box)
box.inner.w = torch.zeros(5)
box.x = torch.zeros(6)
shared_inner = shallow.inner.w
own_x = shallow.x
deep_inner = deep.inner.w
net = Net()
net_copy = copy.copy(net)
net.fc = nn.Linear(3, 7)
copied_layer_out = net_copy.fc(torch.zeros(1, 3))
"""


def test_shallow_copies_share_what_the_original_holds(monkeypatch):
    found, truth = hints_and_truth(COPIES, monkeypatch)
    assert found["shared_inner"] == truth["shared_inner"] == "[5]"
    assert found["own_x"] == truth["own_x"] == "[3]"
    assert found["deep_inner"] == truth["deep_inner"] == "[2]"
    assert agrees(found.get("copied_layer_out"), truth["copied_layer_out"])
