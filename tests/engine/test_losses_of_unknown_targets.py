"""Engine tests: a loss reduced to one number of a known input and a target the engine cannot see (labels read from
data) is a 0-d tensor, which requires grad as the input does; where that depends on the target (an input that
requires no grad, with grad enabled; a loss a complex target makes complex) it stays unknown. Truths come from
running the program."""

from engine_support import agrees, hints_and_truth

PROGRAM = """
import pickle
import torch
import torch.nn as nn
import torch.nn.functional as F

labels = pickle.loads(pickle.dumps([1, 0, 3]))  # data the engine does not see
target = torch.tensor(labels).long()
net = nn.Linear(8, 4)
outputs = net(torch.randn(3, 8))
loss = nn.CrossEntropyLoss()(outputs, target)
loss.backward()
summed = F.nll_loss(F.log_softmax(outputs, 1), target, reduction="sum")
with torch.no_grad():
    checked = F.cross_entropy(net(torch.randn(3, 8)), target)
fixed = F.cross_entropy(torch.randn(3, 4), target)
scores = pickle.loads(pickle.dumps(torch.rand(3, 4)))  # complex ones would make a complex loss
logits_loss = nn.BCEWithLogitsLoss()(outputs, scores)
"""


def test_a_reduced_loss_of_an_unknown_target_is_a_number(monkeypatch):
    hints, truth = hints_and_truth(PROGRAM, monkeypatch)
    assert "target" not in hints
    assert hints["loss"] == truth["loss"]
    assert hints["summed"] == truth["summed"]
    assert hints["checked"] == truth["checked"]
    assert all(agrees(hints.get(name), shape) for name, shape in truth.items())


def test_a_loss_the_target_decides_on_stays_unknown(monkeypatch):
    hints, _ = hints_and_truth(PROGRAM, monkeypatch)
    assert "fixed" not in hints
    assert "logits_loss" not in hints
