"""Unit tests: the engine may hold one value for objects the program builds one by one (a comprehension's item past
the unroll limit, a memoised call, a copy), so `parameters()`, `named_parameters()` and `children()`, which list each
object once, are known only up to the first value met again (and `list()` of them keeps those first items); a model
without repeated values keeps its lists."""

from engine_support import hints_and_truth

REPEATS = """
import copy
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)


def make():
    return nn.Linear(4, 4)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(*[Block() for _ in range(20)])
        self.linears = nn.ModuleList([nn.Linear(4, 4) for _ in range(20)])
        base = nn.Linear(4, 4)
        self.clones = nn.ModuleList([copy.deepcopy(base) for _ in range(3)])
        self.made = nn.ModuleList([make(), make()])


net = Net()
in_body = torch.zeros(len(list(net.body.parameters())))
in_linears = torch.zeros(len(list(net.linears.parameters())))
in_clones = torch.zeros(len(list(net.clones.parameters())))
in_made = torch.zeros(len(list(net.made.parameters())))
in_net = torch.zeros(len(list(net.parameters())))
named_in_net = torch.zeros(len(list(net.named_parameters())))
linear_children = torch.zeros(len(list(net.linears.children())))
first_weight = next(net.linears.parameters())
listed_first = list(net.linears.parameters())[0]
plain = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
in_plain = torch.zeros(len(list(plain.parameters())))
"""


def test_lists_of_each_object_once_stop_at_a_repeated_value(monkeypatch):
    found, truth = hints_and_truth(REPEATS, monkeypatch)
    for name in ("in_body", "in_linears", "in_clones", "in_made", "in_net", "named_in_net", "linear_children"):
        assert found.get(name, "[?]") in ("[?]", truth[name]), name
    for name in ("first_weight", "listed_first", "in_plain"):
        assert found[name] == truth[name], name
