"""Engine tests: a stack of copies of a layer a user module holds (`self.body = nn.Sequential(*[nn.Linear(4, 4) for _
in range(n)])`, n unknown) is one of the module's children, so `children()` counts it; `modules()` and
`parameters()`, which list each copy, are known only up to it, and `apply(fn)` calls fn on the copied layer as
many times as there are copies. Truths come from running the program."""

from engine_support import agrees, hints_and_truth

PROGRAM = """
import os

import torch
import torch.nn as nn

n = int(os.environ.get("UNSET_DEPTH", "3"))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(*[nn.Linear(4, 4) for _ in range(n)])
        self.head = nn.Linear(4, 2)

    def forward(self, x):
        return self.head(self.body(x))


model = Net()
children = torch.zeros(len(list(model.children())))
everything = torch.zeros(len(list(model.modules())))
named = torch.zeros(len(list(model.named_modules())))
weights = torch.zeros(len(list(model.parameters())))
first = next(model.parameters())
out = model(torch.randn(5, 4))
seen = []
model.apply(lambda module: seen.append(module))
visited = torch.zeros(len(seen))
"""


def test_a_held_stack_is_one_child_whose_copies_are_not_counted(monkeypatch):
    found, truth = hints_and_truth(PROGRAM, monkeypatch)
    assert found["children"] == truth["children"]
    for name in ("everything", "named", "weights", "visited"):
        assert agrees(found.get(name), truth[name]), name
    assert found["first"] == truth["first"] and found["out"] == truth["out"]
