"""Engine tests: a conditional expression whose branch reads an attribute the object surely lacks (`model.module` of
a model that is not wrapped in DataParallel) raises AttributeError whenever it takes that branch, so one that
completes is its other branch; the model stays followed and what its forward inferred stands. Truths come from
running each program."""

from engine_support import hints_and_truth

UNWRAPPED_MODEL = """
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        hidden = self.fc(x)
        return hidden


def save(model, state):
    on_gpu = next(model.parameters()).is_cuda
    model = model.module if on_gpu else model
    state["weights"] = model.state_dict()


def train(model):
    for epoch in range(2):
        out = model(torch.zeros(5, 8))
        save(model, {"epoch": epoch})
    return out


result = train(Net())
"""


def test_a_branch_reading_a_missing_attribute_leaves_the_other(monkeypatch):
    found, truth = hints_and_truth(UNWRAPPED_MODEL, monkeypatch)
    assert found["result"] == truth["result"] == "[5, 4]"
    assert found["hidden"] == "[5, 4]"  # inside forward; the run leaves no global of that name
