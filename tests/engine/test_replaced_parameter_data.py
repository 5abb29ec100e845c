"""Engine tests: a parameter or buffer whose `.data` is replaced through another name (`w = lin.weight; w.data = t`,
a loop over `model.parameters()`), or changed in sizes in place, is the very tensor the module holds: the layer, and
the containers and user modules holding it, read the new sizes. Truths come from running the snippet."""

from engine_support import hints_and_truth

REPLACED = """
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 4)


lin = nn.Linear(3, 4)
weight = lin.weight
weight.data = torch.zeros(2, 2)
through_alias = lin.weight
looped = nn.Linear(3, 4)
for p in looped.parameters():
    p.data = torch.zeros(2)
through_loop = looped.weight
seq = nn.Sequential(nn.Linear(3, 4), nn.ReLU())
inner = seq[0].weight
inner.data = torch.zeros(7, 3)
in_container = seq[0].weight
model = Model()
held = model.fc.weight
held.data = torch.zeros(9)
in_user_module = model.fc.weight
norm = nn.BatchNorm1d(5)
mean = norm.running_mean
mean.data = torch.zeros(6)
buffer = norm.running_mean
kept = nn.Linear(3, 4)
same = kept.weight
same.data = same.data * 2
kept_sizes = kept.weight
resized = nn.Linear(3, 4)
frozen = resized.weight
frozen.requires_grad_(False)
frozen.resize_(2, 6)
after_resize = resized.weight
"""


def test_data_replaced_through_another_name_reaches_the_module(monkeypatch):
    found, truth = hints_and_truth(REPLACED, monkeypatch)
    assert found["through_alias"] == truth["through_alias"] == "[2, 2]"
    assert found["through_loop"] == truth["through_loop"] == "[2]"
    assert found["in_container"] == truth["in_container"] == "[7, 3]"
    assert found["in_user_module"] == truth["in_user_module"] == "[9]"
    assert found["buffer"] == truth["buffer"] == "[6]"
    assert found["kept_sizes"] == truth["kept_sizes"] == "[4, 3]"
    assert found["after_resize"] == truth["after_resize"] == "[2, 6]"


BRANCH = """
import random
import torch
import torch.nn as nn

lin = nn.Linear(3, 4)
weight = lin.weight
if random.random() < 2:
    weight.data = torch.zeros(5)
maybe = lin.weight
"""


def test_data_replaced_in_a_branch_is_not_the_old_sizes(monkeypatch):
    found, truth = hints_and_truth(BRANCH, monkeypatch)
    assert truth["maybe"] == "[5]" and found.get("maybe") in (None, "[?]", "[5]")


TIED = """
import torch
import torch.nn as nn

embedding = nn.Embedding(10, 4)
head = nn.Linear(4, 10, bias=False)
head.weight = embedding.weight
table = embedding.weight
table.data = torch.zeros(12, 4)
tied = head.weight
"""


def test_tied_weights_are_one_parameter(monkeypatch):
    found, truth = hints_and_truth(TIED, monkeypatch)
    assert found["tied"] == truth["tied"] == "[12, 4]"
